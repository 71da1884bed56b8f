using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Storage;
using Twin.Contracts.Kernel;
using Twin.Contracts.Studies;
using Twin.Grains.Telemetry;
using Twin.Storage;

namespace Twin.Grains.Studies;

/// <summary>
/// Runs a study: a bounded number of its runs at a time (run grains spread over the cluster), each
/// followed on a grain timer until it ends. Runs already stored are served from the results store
/// and counted as cache hits. The record is persisted, so a study survives a restart.
/// </summary>
public sealed partial class StudyGrain(
    IOptions<StudyOptions> options,
    [PersistentState("study", TwinStorage.ProviderName)] IPersistentState<StudyRecord> record,
    ILogger<StudyGrain> logger) : Grain, IStudyGrain
{
    private readonly Stopwatch _elapsed = new();
    private long[] _daysDone = [];
    private IGrainTimer? _timer;
    private bool _steppedDown;
    private bool _listed;

    /// <summary>How long a cancel waits for its runs to confirm before it records the study's end.</summary>
    private static readonly TimeSpan WithdrawalWait = TimeSpan.FromSeconds(1);

    private string StudyId => this.GetPrimaryKeyString();

    /// <summary>True once this silo has begun to shut down.</summary>
    private bool SiloStopping => ServiceProvider.GetService<IHostApplicationLifetime>()?.ApplicationStopping.IsCancellationRequested == true;

    private StudyRecord Record => record.State;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _daysDone = new long[Record.Runs.Length];
        for (int i = 0; i < Record.Runs.Length; i++)
            if (Record.Progress[i] == 2) _daysDone[i] = Record.Request!.Days;
        if (Record.State == StudyState.Running && options.Value.ResumeOnActivation) StartFollowing();
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        KernelMetrics.StudyStopped(StudyId);
        return Task.CompletedTask;
    }

    public async Task<StudyStatus> Start(StudyRequest request)
    {
        if (Record.Request is not null)
            return Status();
        StudyRequestRules.Check(request);
        var runs = request.Variants
            .SelectMany((variant, v) => Enumerable.Range(0, request.Replications).Select(r =>
                new StudyRun(RunIds.For(variant.ScenarioName, variant.ScenarioHash, request.Seed, r, request.Days, request.ForkPoint), v, r)))
            .ToArray();
        record.State = new StudyRecord
        {
            Request = request,
            Runs = runs,
            State = StudyState.Running,
            CreatedAt = DateTimeOffset.UtcNow,
            Progress = new byte[runs.Length],
        };
        _daysDone = new long[runs.Length];
        await WriteRecord();
        StartFollowing();
        logger.LogInformation("Study {StudyId} started: {Kind}, {Runs} runs", StudyId, request.Kind, runs.Length);
        await ListInCatalog();
        return Status();
    }

    public Task<StudyStatus> GetStatus() => Task.FromResult(Status());

    public Task<StudyDefinition> GetDefinition() =>
        Record.Request is null
            ? throw new KeyNotFoundException($"There is no study '{StudyId}'.")
            : Task.FromResult(new StudyDefinition(StudyId, Record.Request, Record.Runs, Record.CreatedAt));

    public async Task<StudyStatus> Cancel()
    {
        if (Record.State is StudyState.Running or StudyState.Queued)
        {
            // The study withdraws from its runs; a run shared with another study goes on for that one.
            // A run answers after its current turn (its set-up can take seconds on a busy machine); the
            // calls are on their way either way, so the study waits briefly and records its end.
            var active = Enumerable.Range(0, Record.Runs.Length).Where(i => Record.Progress[i] == 1);
            var withdrawn = Task.WhenAll(active.Select(i => Run(i).CancelFor(StudyId)));
            try
            {
                await withdrawn.WaitAsync(WithdrawalWait);
            }
            catch (TimeoutException)
            {
                _ = withdrawn.ContinueWith(t => logger.LogWarning("Study {StudyId}: a run did not take the cancel ({Reason})", StudyId, t.Exception?.GetBaseException().Message),
                    CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Current);
            }
            await End(StudyState.Cancelled, error: null);
        }
        return Status();
    }

    private void StartFollowing()
    {
        _elapsed.Start();
        _timer ??= this.RegisterGrainTimer(Follow, new GrainTimerCreationOptions(TimeSpan.Zero, TimeSpan.FromMilliseconds(50)) { KeepAlive = true });
    }

    /// <summary>Writes the study's record; if another activation wrote it meanwhile, this one is stale and steps down.</summary>
    private async Task WriteRecord()
    {
        try
        {
            await record.WriteStateAsync();
        }
        catch (InconsistentStateException)
        {
            _steppedDown = true;
            _timer?.Dispose();
            _timer = null;
            logger.LogWarning("Study {StudyId}: another activation took the study over; this one on {Silo} steps down",
                StudyId, ServiceProvider.GetRequiredService<ILocalSiloDetails>().SiloAddress.Endpoint);
            DeactivateOnIdle();
            throw;
        }
    }

    /// <summary>Lists the study as running in the catalog; if that fails now, the next follow-up tries again.</summary>
    private async Task ListInCatalog()
    {
        try
        {
            await GrainFactory.GetGrain<IStudyCatalogGrain>(0).Add(StudyId);
            _listed = true;
        }
        catch (Exception e) when (e is not InconsistentStateException)
        {
            logger.LogInformation("Study {StudyId} is not listed yet ({Reason}); trying again", StudyId, e.Message);
        }
    }

    private IRunGrain Run(int index) => GrainFactory.GetGrain<IRunGrain>(Record.Runs[index].RunId);

    private RunRequest RequestOf(int index)
    {
        var request = Record.Request!;
        var variant = request.Variants[Record.Runs[index].Variant];
        return new RunRequest(variant.ScenarioJson, variant.ScenarioHash, request.Seed, Record.Runs[index].Replication, request.Days,
            CheckpointEveryDays: request.CheckpointEveryDays, ForkPoint: request.ForkPoint);
    }

    private StudyStatus Status()
    {
        var request = Record.Request;
        return new StudyStatus(StudyId, request?.Kind ?? StudyKind.Replications, Record.State,
            Record.Progress.Count(p => p == 2), Record.Runs.Length, Record.RunsFromCache,
            _daysDone.Sum(), (long)Record.Runs.Length * (request?.Days ?? 0), Record.Error, Record.CreatedAt,
            request?.Variants.Select(v => v.Label).ToArray() ?? [], request?.Title ?? "",
            Record.ElapsedSeconds + _elapsed.Elapsed.TotalSeconds);
    }
}
