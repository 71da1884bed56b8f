using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Twin.Contracts.Kernel;
using Twin.Grains.Telemetry;
using Twin.Model.Kernel;

namespace Twin.Grains.Kernel;

/// <summary>
/// The clock: bulk-synchronous supersteps. Each tick steps every partition and waits for all of
/// them (the barrier), then forwards the messages sent on day t to their receivers' partitions for
/// day t + 1. Every few days, at a barrier, the whole run is checkpointed.
/// </summary>
public sealed partial class RunGrain
{
    private static readonly TimeSpan SliceBudget = TimeSpan.FromMilliseconds(100);
    private const int InitializeGroup = 256;
    private int _day;
    private RunPlan? _plan;
    private IPartitionGrain[] _partitions = [];
    private Message[][][] _incoming = [];
    private readonly Stopwatch _paceClock = new();
    private int _paceAnchorDay;

    /// <summary>One slice: as many ticks as fit in the budget, then yield to other calls.</summary>
    private async Task Advance(CancellationToken cancellation)
    {
        var request = Record.Request;
        // Nothing is started while the silo shuts down: its calls could only fail (and be logged as failures).
        if (Record.State != RunState.Running || request is null || _steppedDown || DateTime.UtcNow < _retryAt || SiloStopping) return;
        try
        {
            if (_plan is null) await Prepare(request);
            var slice = Stopwatch.StartNew();
            _stepping.Start();
            int until = PacedUntil(request);
            while (Record.State == RunState.Running && _day < until && slice.Elapsed < SliceBudget && !cancellation.IsCancellationRequested)
            {
                long tick = Stopwatch.GetTimestamp();
                await StepDay();
                Progressed();
                KernelMetrics.TickDone(Paced, Stopwatch.GetElapsedTime(tick));
                if (IsCheckpointDay(request, _day - 1)) await Checkpoint(_day - 1);
            }
            _stepping.Stop();
            if (Record.State == RunState.Running && _day == request.Days)
                await Complete(request);
        }
        catch (RunFaultException e) when (_plan is null && Record.CheckpointDay >= 0)
        {
            // The checkpoint itself cannot be read back: start again from day 0 rather than fail.
            logger.LogWarning("Run {RunId} cannot resume from its checkpoint of day {Day} ({Reason}); starting again from day 0", RunId, Record.CheckpointDay, e.Message);
            (Record.CheckpointDay, Record.InFlight) = (-1, []);
            _claimOnPrepare = true;
        }
        catch (RunFaultException e)
        {
            _stepping.Stop();
            logger.LogError("Run {RunId} failed at day {Day}: {Reason}", RunId, _day, e.Message);
            await Finish(RunState.Failed, e.Message);
        }
        catch (Exception) when (_steppedDown)
        {
            // Another activation owns the run now (see WriteRecord).
        }
        catch (Exception e) when (cancellation.IsCancellationRequested || SiloStopping)
        {
            // This silo is shutting down: the run stays running in storage and resumes elsewhere or at the next start.
            _stepping.Stop();
            _plan = null;
            logger.LogInformation("Run {RunId} paused at day {Day} as its silo stops ({Reason})", RunId, _day, Describe(e));
        }
        catch (Exception e)
        {
            if (!RideOut(e))
                await Finish(RunState.Failed, $"the cluster kept failing for {GiveUpAfter.TotalMinutes:F0} minutes without a day stepped; last: {Describe(e)}");
        }
    }

    /// <summary>
    /// The day the run may step to by now: the horizon, or for a paced run (the live twin) as many
    /// days as the wall clock allows since the clock started at <see cref="_paceAnchorDay"/>.
    /// </summary>
    private int PacedUntil(RunRequest request) => request.PaceDaysPerMinute <= 0
        ? request.Days
        : (int)Math.Min(request.Days, _paceAnchorDay + Math.Floor(_paceClock.Elapsed.TotalMinutes * request.PaceDaysPerMinute));

    /// <summary>Sets up the partitions: fresh, from the run's last checkpoint, or from a fork point of another run.</summary>
    private async Task Prepare(RunRequest request)
    {
        if (_claimOnPrepare)
        {
            await WriteRecord();
            _claimOnPrepare = false;
        }
        var parsed = RunFaults.Wrap(() => scenarios.Get(request.ScenarioHash, request.ScenarioJson));
        var plan = new RunPlan(parsed.Directory, request.EntitiesPerPartition);
        _partitions = Enumerable.Range(0, plan.Count)
            .Select(p => GrainFactory.GetGrain<IPartitionGrain>(RunPlan.PartitionKey(RunId, p)))
            .ToArray();
        int restore = Record.CheckpointDay;
        Message[][] inFlight = Record.InFlight;
        byte[][][]? states = null;
        string? streamsKey = null;
        if (_rewindTo is { } rewind)
            (restore, inFlight, states) = (rewind.Day, rewind.InFlight, rewind.PartitionStates);
        else if (restore < 0 && request.ForkPoint is { } forkId)
        {
            var point = await GrainFactory.GetGrain<IForkPointGrain>(forkId).Get();
            if (point.PartitionStates.Length != plan.Count || point.EntitiesPerPartition != request.EntitiesPerPartition)
                throw new RunFaultException($"Fork point '{forkId}' was taken from a run partitioned differently; it cannot start run '{RunId}'.");
            (restore, inFlight, states) = (point.Day, point.InFlight, point.PartitionStates);
            // Replication 0 carries on the source run's own streams; replication k draws from streams keyed by (fork, k).
            if (request.Replication > 0) streamsKey = $"{forkId}/{request.Replication}";
        }
        _day = restore + 1;
        RedeliverAfter(restore);
        _incoming = restore >= 0 && inFlight.Length == plan.Count
            ? inFlight.Select(batch => batch.Length == 0 ? Array.Empty<Message[]>() : [batch]).ToArray()
            : Enumerable.Repeat(Array.Empty<Message[]>(), plan.Count).ToArray();
        // In bounded groups: a million-entity run has ten thousand partitions, and set-ups all
        // queued at once wait past the 30 s response timeout on a busy machine.
        foreach (var group in Enumerable.Range(0, plan.Count).Chunk(InitializeGroup))
            await Task.WhenAll(group.Select(p =>
                _partitions[p].Initialize(plan.SetupOf(RunId, request, p, restore) with { States = states?[p], StreamsKey = streamsKey })));
        _plan = plan;
        _paceAnchorDay = _day;
        _paceClock.Restart();
    }

    private async Task StepDay()
    {
        var due = DueObservations();
        var duePerPartition = due.Length == 0 ? null : due.GroupBy(o => _plan!.PartitionOf(o.Entity)).ToDictionary(g => g.Key, g => g.ToArray());
        var calls = new Task<PartitionStepResult>[_partitions.Length];
        for (int p = 0; p < _partitions.Length; p++)
            calls[p] = _partitions[p].Step(new PartitionStep(_day, _incoming[p], duePerPartition is null ? null : duePerPartition.GetValueOrDefault(p, [])));
        var results = await Task.WhenAll(calls);
        if (due.Length > 0)
            foreach (var o in Record.Observations.Where(o => !o.Delivered && o.DeliverAt <= _day)) o.Delivered = true;

        _incoming = BatchForwarding.Forward(results, _partitions.Length);
        _day++;
    }

    private static bool IsCheckpointDay(RunRequest request, int day) =>
        request.CheckpointEveryDays > 0 && (day + 1) % request.CheckpointEveryDays == 0 && day + 1 < request.Days;

    /// <summary>
    /// Every partition writes its members' states after <paramref name="day"/>, keeping those of the
    /// last complete checkpoint; then the run records the messages in flight and the day. Only then
    /// is the checkpoint complete: a crash while partitions write leaves the previous one in force.
    /// </summary>
    private async Task Checkpoint(int day)
    {
        var local = await Task.WhenAll(_partitions.Select(p => p.Checkpoint(day, Record.CheckpointDay)));
        Record.InFlight = InFlight(local);
        Record.CheckpointDay = day;
        await WriteRecord();
        KernelMetrics.CheckpointWritten(Paced);
        if (Paced) await KeepRestorePoint(day);
    }

    /// <summary>
    /// The messages in flight at this barrier, by receiving partition: the batches the run holds
    /// for it plus the messages among its own members it keeps (<paramref name="local"/>). A
    /// checkpoint and a fork point store the same thing, and <see cref="Prepare"/> reads both.
    /// </summary>
    private Message[][] InFlight(Message[][] local) =>
        _incoming.Select((batches, p) => batches.Append(local[p]).SelectMany(b => b).ToArray()).ToArray();
}
