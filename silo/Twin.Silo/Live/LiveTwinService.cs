using Microsoft.Extensions.Options;
using Twin.Client.Live;
using Twin.Client.Runs;
using Twin.Contracts.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Silo.Live;

/// <summary>
/// Starts the live run when the silo starts, and looks in on it every few seconds: if the silo
/// that held it was lost, the look-in reactivates the run elsewhere, which resumes from its last
/// checkpoint. Every silo does this; the run is one grain, so they all reach the same run.
/// </summary>
public sealed class LiveTwinService(IGrainFactory grains, IOptions<LiveTwinOptions> options, ILogger<LiveTwinService> logger) : BackgroundService
{
    private static readonly TimeSpan LookIn = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        var settings = options.Value;
        if (!settings.Enabled) return;
        var request = BuildRequest(settings);
        var live = grains.GetGrain<IRunGrain>(LiveRun.Id);
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                var status = await live.GetStatus();
                if (status.State is RunState.Created or RunState.Failed or RunState.Cancelled)
                {
                    status = await live.Start(request);
                    logger.LogInformation("Live twin started: {Days} days at {Pace} days a minute", request.Days, request.PaceDaysPerMinute);
                }
            }
            catch (ArgumentException e)
            {
                // The stored live run ended and was started from other settings: leave it, and say what will restart it.
                logger.LogError("The live run cannot restart with these settings: {Reason} Start the silo with the settings it was started with, or on an empty database to start afresh.", e.Message);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("The live run did not answer: {Reason}", e.Message);
            }
            try { await Task.Delay(LookIn, stopping); } catch (OperationCanceledException) { }
        }
    }

    private static RunRequest BuildRequest(LiveTwinOptions settings)
    {
        var scenario = string.IsNullOrWhiteSpace(settings.Scenario)
            ? ScenarioDocument.From(BuiltInScenarios.Baseline())
            : ScenarioDocument.Load(settings.Scenario);
        return new RunRequest(scenario.CanonicalJson, scenario.Hash, settings.Seed ?? scenario.Scenario.Seed, 0, settings.Days,
            CheckpointEveryDays: settings.CheckpointEveryDays, PaceDaysPerMinute: settings.DaysPerMinute);
    }
}
