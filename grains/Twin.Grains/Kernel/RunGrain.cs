using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
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
    /// <summary>The holder of callers that start a run for themselves rather than for a study.</summary>
    private const string OwnCaller = "";

    private readonly Stopwatch _elapsed = new();
    private readonly Stopwatch _stepping = new();
    private IGrainTimer? _timer;
    private RunResults? _results;

    /// <summary>
    /// What callers are told while the run's end is being recorded: the status from before it. An
    /// end is told only once it is stored, so a caller that sees a run completed can rely on every
    /// later activation of it finding it completed (not resuming it from a record still saying running).
    /// </summary>
    private RunStatus? _endBeingRecorded;

    private string RunId => this.GetPrimaryKeyString();

    /// <summary>HOST:PORT of this activation's silo, where the run's clock is.</summary>
    private string SiloEndpoint => ServiceProvider.GetRequiredService<ILocalSiloDetails>().SiloAddress.Endpoint.ToString();

    /// <summary>True once this silo has begun to shut down: failures from then on are the shutdown's, not the run's.</summary>
    private bool SiloStopping => ServiceProvider.GetService<IHostApplicationLifetime>()?.ApplicationStopping.IsCancellationRequested == true;

    private RunRecord Record => record.State;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (Record.State == RunState.Running && Record.Request is not null)
        {
            // The previous activation was lost mid-run (its silo died): carry on from the last checkpoint.
            logger.LogWarning("Run {RunId} was lost with its silo; it resumes from day {Day}", RunId, Record.CheckpointDay + 1);
            ClaimOnResume();
            StartClock();
        }
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _timer?.Dispose();
        _timer = null;
        KernelMetrics.RunStopped(RunId);
        return Task.CompletedTask;
    }

    public Task<RunStatus> Start(RunRequest request) => StartFor(request, OwnCaller);

    public async Task<RunStatus> StartFor(RunRequest request, string holder)
    {
        if (Record.Request is not null)
        {
            if (!SameRun(Record.Request, request))
                throw new ArgumentException($"Run '{RunId}' already exists for another scenario, seed or horizon.");
            if (Record.State == RunState.Running)
            {
                if (!Record.Holders.Contains(holder))
                {
                    Record.Holders.Add(holder);
                    await WriteRecord();
                }
                return Status();
            }
            if (Record.State == RunState.Completed && await StoredResults() is not null)
                return Status();
        }
        if (request.Days <= 0)
            throw new ArgumentException($"A run needs at least one day, got {request.Days}.");
        Restart(request, holder);
        await WriteRecord();
        logger.LogInformation("Run {RunId} started from day {Day}: {Days} days, seed {Seed}, replication {Replication}",
            RunId, Record.CheckpointDay + 1, request.Days, request.Seed, request.Replication);
        StartClock();
        return Status();
    }

    public Task<RunStatus> GetStatus() => Task.FromResult(Status());

    public Task<RunRequest?> GetRequest() => Task.FromResult(Record.Request);

    public async Task<RunResults> GetResults()
    {
        if (Record.State != RunState.Completed)
            throw new InvalidOperationException($"Run '{RunId}' has no results: it is {Record.State.ToString().ToLowerInvariant()}.");
        return await StoredResults()
            ?? throw new InvalidOperationException($"Run '{RunId}' completed but its results are missing or unreadable in the results store; ask for the run again to recompute it.");
    }

    public Task<RunStatus> Cancel() => CancelFor(OwnCaller);

    public async Task<RunStatus> CancelFor(string holder)
    {
        if (Record.State.IsFinished()) return Status();
        Record.Holders.Remove(holder);
        if (Record.Holders.Count > 0)
        {
            // Someone else (another study) still wants the run: it goes on.
            await WriteRecord();
            return Status();
        }
        await Finish(RunState.Cancelled, error: null);
        logger.LogInformation("Run {RunId} cancelled at day {Day}", RunId, _day);
        return Status();
    }

    /// <summary>
    /// A run asked for again after it failed, was cancelled, or lost its results: a clean clock that
    /// starts from the last checkpoint kept (a failed or cancelled run keeps it) or from day 0.
    /// </summary>
    private void Restart(RunRequest request, string holder)
    {
        StopClock();
        _plan = null;
        _partitions = [];
        _incoming = [];
        _results = null;
        bool resume = Record.Request is not null && Record.State is RunState.Failed or RunState.Cancelled && Record.CheckpointDay >= 0;
        var observations = Record.Request is null ? [] : Record.Observations;
        record.State = new RunRecord
        {
            Request = request,
            State = RunState.Running,
            Holders = [holder],
            Observations = observations,
            Events = Record.Request is null ? [] : Record.Events,
            RestoreDays = resume ? Record.RestoreDays : [],
            CheckpointDay = resume ? Record.CheckpointDay : -1,
            InFlight = resume ? Record.InFlight : [],
            Resumptions = Record.Resumptions,
            ElapsedSeconds = Record.ElapsedSeconds,
        };
        _day = Record.CheckpointDay + 1;
    }

    private void StartClock()
    {
        _elapsed.Start();
        _lastProgress = DateTime.UtcNow;
        // A paced run (the live twin) needs a tick only every so often; a fast one goes again at once.
        var period = Record.Request!.PaceDaysPerMinute > 0 ? TimeSpan.FromMilliseconds(100) : TimeSpan.FromMilliseconds(1);
        _timer ??= this.RegisterGrainTimer(Advance, new GrainTimerCreationOptions(TimeSpan.Zero, period) { KeepAlive = true });
        KernelMetrics.RunStarted(RunId, Paced);
    }

    private void StopClock()
    {
        _elapsed.Stop();
        _stepping.Stop();
        _timer?.Dispose();
        _timer = null;
        KernelMetrics.RunStopped(RunId);
    }

    /// <summary>A paced run (the live twin).</summary>
    private bool Paced => Record.Request?.PaceDaysPerMinute > 0;

    private RunStatus Status() => _endBeingRecorded ?? new(RunId, Record.State,
        Record.State == RunState.Completed ? Record.Request!.Days : _plan is null ? Record.CheckpointDay + 1 : _day,
        Record.Request?.Days ?? 0, Record.Error, Record.ElapsedSeconds + _elapsed.Elapsed.TotalSeconds, _stepping.Elapsed.TotalSeconds,
        Record.Resumptions, SiloEndpoint);

    private static bool SameRun(RunRequest a, RunRequest b) =>
        a.ScenarioHash == b.ScenarioHash && a.Seed == b.Seed && a.Replication == b.Replication && a.Days == b.Days;
}
