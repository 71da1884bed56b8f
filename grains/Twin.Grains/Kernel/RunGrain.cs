using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Twin.Contracts.Kernel;
using Twin.Grains.Results;
using Twin.Grains.Telemetry;
using Twin.Storage;

namespace Twin.Grains.Kernel;

/// <summary>
/// Owns one run's clock and lifecycle. The clock advances in slices on a grain timer (see
/// RunGrain.Clock.cs), never inside one long call, so status queries are answered between
/// slices. The run's record is persisted at start, at each checkpoint and at the end: an
/// activation lost with its silo comes back on the next call and resumes from the last checkpoint.
/// </summary>
public sealed partial class RunGrain(
    ScenarioCache scenarios,
    IRunResultsStore resultsStore,
    [PersistentState("run", TwinStorage.ProviderName)] IPersistentState<RunRecord> record,
    ILogger<RunGrain> logger) : Grain, IRunGrain
{
    private readonly Stopwatch _elapsed = new();
    private readonly Stopwatch _stepping = new();
    private IGrainTimer? _timer;
    private RunResults? _results;

    private string RunId => this.GetPrimaryKeyString();

    /// <summary>HOST:PORT of this activation's silo, where the run's clock is.</summary>
    private string SiloEndpoint => ServiceProvider.GetRequiredService<ILocalSiloDetails>().SiloAddress.Endpoint.ToString();

    private RunRecord Record => record.State;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (Record.State == RunState.Running && Record.Request is not null)
        {
            // The previous activation was lost mid-run (its silo died): carry on from the last checkpoint.
            Record.Resumptions++;
            logger.LogWarning("Run {RunId} resumes from the checkpoint of day {Day} (resumption {Count})", RunId, Record.CheckpointDay, Record.Resumptions);
            StartClock();
        }
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        KernelMetrics.RunStopped(RunId);
        return Task.CompletedTask;
    }

    public async Task<RunStatus> Start(RunRequest request)
    {
        if (Record.Request is not null)
        {
            if (!SameRun(Record.Request, request))
                throw new ArgumentException($"Run '{RunId}' already exists for another scenario, seed or horizon.");
            if (Record.State == RunState.Running)
                return Status();
            if (Record.State == RunState.Completed && (_results ??= await resultsStore.LoadAsync(RunId)) is not null)
                return Status();
            // A failed or cancelled run, or one whose stored results are gone, starts again from the beginning.
        }
        if (request.Days <= 0)
            throw new ArgumentException($"A run needs at least one day, got {request.Days}.");
        record.State = new RunRecord { Request = request, State = RunState.Running };
        await record.WriteStateAsync();
        logger.LogInformation("Run {RunId} started: {Days} days, seed {Seed}, replication {Replication}", RunId, request.Days, request.Seed, request.Replication);
        StartClock();
        return Status();
    }

    public Task<RunStatus> GetStatus() => Task.FromResult(Status());

    public Task<RunRequest?> GetRequest() => Task.FromResult(Record.Request);

    public async Task<RunResults> GetResults()
    {
        if (Record.State != RunState.Completed)
            throw new InvalidOperationException($"Run '{RunId}' has no results: it is {Record.State.ToString().ToLowerInvariant()}.");
        return _results ??= await resultsStore.LoadAsync(RunId)
            ?? throw new InvalidOperationException($"Run '{RunId}' completed but its results are missing from the results store.");
    }

    public async Task<RunStatus> Cancel()
    {
        if (!Record.State.IsFinished())
        {
            await Finish(RunState.Cancelled, error: null);
            logger.LogInformation("Run {RunId} cancelled at day {Day}", RunId, _day);
        }
        return Status();
    }

    private void StartClock()
    {
        _elapsed.Start();
        // A paced run (the live twin) needs a tick only every so often; a fast one goes again at once.
        var period = Record.Request!.PaceDaysPerMinute > 0 ? TimeSpan.FromMilliseconds(100) : TimeSpan.FromMilliseconds(1);
        _timer = this.RegisterGrainTimer(Advance, new GrainTimerCreationOptions(TimeSpan.Zero, period) { KeepAlive = true });
        KernelMetrics.RunStarted(RunId, Paced);
    }

    /// <summary>A run paced to the wall clock: the live twin.</summary>
    private bool Paced => Record.Request?.PaceDaysPerMinute > 0;

    private RunStatus Status() => new(RunId, Record.State, Record.State == RunState.Completed ? Record.Request!.Days : _day,
        Record.Request?.Days ?? 0, Record.Error, Record.ElapsedSeconds + _elapsed.Elapsed.TotalSeconds, _stepping.Elapsed.TotalSeconds, Record.Resumptions, SiloEndpoint);

    private static bool SameRun(RunRequest a, RunRequest b) =>
        a.ScenarioHash == b.ScenarioHash && a.Seed == b.Seed && a.Replication == b.Replication && a.Days == b.Days;
}
