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
        if (Record.State != RunState.Running || request is null) return;
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
                KernelMetrics.TickDone(Paced, Stopwatch.GetElapsedTime(tick));
                if (IsCheckpointDay(request, _day - 1)) await Checkpoint(_day - 1);
            }
            _stepping.Stop();
            if (Record.State == RunState.Running && _day == request.Days)
                await Complete(request);
        }
        catch (Exception e) when (SiloLoss.Explains(e))
        {
            // A silo holding some of the run's partitions or entities died: their state is gone, so
            // the whole run goes back to its last checkpoint (every entity is rebuilt from it there).
            _stepping.Stop();
            logger.LogWarning("Run {RunId} lost part of itself at day {Day} ({Reason}); resuming from the checkpoint of day {Checkpoint}",
                RunId, _day, e.Message, Record.CheckpointDay);
            Record.Resumptions++;
            _plan = null;
        }
        catch (Exception e)
        {
            _stepping.Stop();
            logger.LogError(e, "Run {RunId} failed at day {Day}", RunId, _day);
            await Finish(RunState.Failed, e.Message);
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
        var parsed = scenarios.Get(request.ScenarioHash, request.ScenarioJson);
        _plan = new RunPlan(parsed.Directory, request.EntitiesPerPartition);
        _partitions = Enumerable.Range(0, _plan.Count)
            .Select(p => GrainFactory.GetGrain<IPartitionGrain>(RunPlan.PartitionKey(RunId, p)))
            .ToArray();
        int restore = Record.CheckpointDay;
        Message[][] inFlight = Record.InFlight;
        byte[][][]? states = null;
        if (_rewindTo is { } rewind)
            (restore, inFlight, states) = (rewind.Day, rewind.InFlight, rewind.PartitionStates);
        else if (restore < 0 && request.ForkPoint is { } forkId)
        {
            var point = await GrainFactory.GetGrain<IForkPointGrain>(forkId).Get();
            if (point.PartitionStates.Length != _plan.Count || point.EntitiesPerPartition != request.EntitiesPerPartition)
                throw new InvalidOperationException($"Fork point '{forkId}' was taken from a run partitioned differently; it cannot start run '{RunId}'.");
            (restore, inFlight, states) = (point.Day, point.InFlight, point.PartitionStates);
        }
        _day = restore + 1;
        RedeliverAfter(restore);
        _incoming = restore >= 0 && inFlight.Length == _plan.Count
            ? inFlight.Select(batch => batch.Length == 0 ? Array.Empty<Message[]>() : [batch]).ToArray()
            : Enumerable.Repeat(Array.Empty<Message[]>(), _plan.Count).ToArray();
        await Task.WhenAll(_partitions.Select((partition, p) =>
            partition.Initialize(_plan.SetupOf(RunId, request, p, restore) with { States = states?[p] })));
        _paceAnchorDay = _day;
        _paceClock.Restart();
    }

    private async Task StepDay()
    {
        var due = DueObservations();
        var calls = new Task<PartitionStepResult>[_partitions.Length];
        for (int p = 0; p < _partitions.Length; p++)
            calls[p] = _partitions[p].Step(new PartitionStep(_day, _incoming[p], due.Length == 0 ? null : due.Where(o => _plan!.PartitionOf[o.Entity] == p).ToArray()));
        await Task.WhenAll(calls);
        if (due.Length > 0)
            foreach (var o in Record.Observations.Where(o => !o.Delivered && o.DeliverAt <= _day)) o.Delivered = true;

        // Forward each partition's batches unopened: the receivers sort messages into inboxes.
        var next = new Message[_partitions.Length][][];
        for (int target = 0; target < next.Length; target++)
            next[target] = calls.Select(c => c.Result.OutgoingByPartition[target]).Where(batch => batch.Length > 0).ToArray();
        _incoming = next;
        _day++;
    }

    private static bool IsCheckpointDay(RunRequest request, int day) =>
        request.CheckpointEveryDays > 0 && (day + 1) % request.CheckpointEveryDays == 0 && day + 1 < request.Days;

    /// <summary>
    /// Every partition writes its members' states after <paramref name="day"/>; then the run
    /// records the messages in flight and the day. Only then is the checkpoint complete: a crash
    /// while partitions write leaves the previous checkpoint (partitions keep two) in force.
    /// </summary>
    private async Task Checkpoint(int day)
    {
        var local = await Task.WhenAll(_partitions.Select(p => p.Checkpoint(day)));
        Record.InFlight = InFlight(local);
        Record.CheckpointDay = day;
        await record.WriteStateAsync();
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

    private async Task Complete(RunRequest request)
    {
        var series = await Task.WhenAll(_partitions.Select(p => p.CollectKpis()));
        var all = series.SelectMany(s => s).OrderBy(s => s.EntityId, StringComparer.Ordinal).ToArray();
        _results = new RunResults(RunId, request.ScenarioHash, request.Seed, request.Replication, request.Days, all);
        await resultsStore.SaveAsync(_results);
        await Finish(RunState.Completed, error: null);
        logger.LogInformation("Run {RunId} completed {Days} days in {Seconds:F2} s", RunId, _day, _elapsed.Elapsed.TotalSeconds);
    }

    /// <summary>Records the end of the run, stops the clock and lets partitions and entities go.</summary>
    private async Task Finish(RunState state, string? error)
    {
        _elapsed.Stop();
        _timer?.Dispose();
        _timer = null;
        KernelMetrics.RunStopped(RunId);
        Record.State = state;
        Record.Error = error;
        Record.InFlight = [];
        Record.ElapsedSeconds += _elapsed.Elapsed.TotalSeconds;
        _elapsed.Reset();
        await record.WriteStateAsync();
        await Task.WhenAll(_partitions.Select(p => p.Release()));
    }
}
