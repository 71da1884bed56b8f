using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Twin.Contracts.Kernel;

namespace Twin.Grains.Kernel;

/// <summary>
/// Observed events and their retraction. Events are the source of truth: the per-KPI entries the
/// entities receive are rebuilt from them. A paced run (the live twin) keeps a restore point (its
/// whole state) at each checkpoint; retracting an event takes the run back to the last restore
/// point before the event came, or to its start, and the clock steps forward again at full speed
/// with every other event taken again at the tick that took it: the same streams, the same inputs
/// but one, so the days after are exactly what they would have been without it.
/// </summary>
public sealed partial class RunGrain : IObservedRun
{
    /// <summary>Restore points kept (the newest): at the live twin's weekly checkpoints, half a year of retractable events; older ones replay from the start.</summary>
    private const int RestorePointsKept = 26;
    private const int MaxEventText = 2000;
    private ForkPoint? _rewindTo;

    /// <summary>Events taken after the state the run restarted from: taken again when the clock reaches their tick.</summary>
    private readonly HashSet<string> _replaying = [];

    public async Task<ObservationReceipt> ObserveEvents(ObservedEvent[] events)
    {
        var request = Record.Request;
        if (request is null || Record.State != RunState.Running)
            throw new InvalidOperationException($"Run '{RunId}' is not running, so it takes no observations.");
        var directory = scenarios.Get(request.ScenarioHash, request.ScenarioJson).Directory;
        for (int i = 0; i < events.Length; i++)
        {
            foreach (var o in events[i].Values)
            {
                if (!directory.TryIndexOf(o.EntityId, out _))
                    throw new ArgumentException($"observations[{i}]: run '{RunId}' has no entity '{o.EntityId}'");
                if (o.Day < 0 || o.Day >= request.Days)
                    throw new ArgumentException($"observations[{i}]: day {o.Day} is outside the run (0 to {request.Days - 1})");
                if (!double.IsFinite(o.Value))
                    throw new ArgumentException($"observations[{i}]: the value must be a finite number");
            }
        }
        AdoptEntriesWithoutEvents();
        var ids = new string[events.Length];
        for (int i = 0; i < events.Length; i++)
        {
            ids[i] = "obs-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
            var text = events[i].Text;
            Record.Events.Add(new ObservationEvent { Id = ids[i], ReceivedAt = _day, Values = events[i].Values, Text = text.Length <= MaxEventText ? text : text[..MaxEventText] });
            foreach (var o in events[i].Values) Remember(o, _day);
        }
        await WriteRecord();
        return new ObservationReceipt(events.Length, _day, ids);
    }

    public Task<ObservationEventInfo[]> ListObservations() => Task.FromResult(Record.Events.Select(e => e.Info).ToArray());

    public async Task<RetractionReceipt> Retract(string eventId)
    {
        var request = Record.Request;
        if (request is null || Record.State != RunState.Running)
            throw new InvalidOperationException($"Run '{RunId}' is not running, so nothing can be retracted.");
        var taken = Record.Events.FirstOrDefault(e => e.Id == eventId)
            ?? throw new KeyNotFoundException($"Run '{RunId}' has no observation '{(eventId.Length <= 64 ? eventId : eventId[..64])}'.");
        if (_plan is null) await Prepare(request);
        int reached = _day, catchUpTo = PacedUntil(request);

        int restoreDay = Record.RestoreDays.Where(d => d < taken.ReceivedAt).DefaultIfEmpty(-1).Max();
        var point = restoreDay < 0 ? null : await RestorePoint(restoreDay).Get();
        if (point is null) restoreDay = -1;
        Record.Events.Remove(taken);
        // Every entry comes from an event now: with none left, there is nothing to hand over.
        if (Record.Events.Count == 0) Record.Observations.Clear();
        // Restore points after that one hold the event's effects; the replay takes new ones at its checkpoints.
        foreach (var day in Record.RestoreDays.Where(d => d > restoreDay).ToArray())
        {
            await RestorePoint(day).Remove();
            Record.RestoreDays.Remove(day);
        }
        if (point is null) (Record.CheckpointDay, Record.InFlight) = (-1, []);
        _rewindTo = point;
        try
        {
            await Prepare(request);
        }
        finally
        {
            _rewindTo = null;
        }
        // Step at full speed back to where the clock was, then keep pace again.
        _paceAnchorDay = Math.Max(_paceAnchorDay, catchUpTo);
        // Durable before answering: a crash from here on resumes on the timeline without the event.
        if (point is not null) await Checkpoint(point.Day);
        else await WriteRecord();
        logger.LogInformation("Run {RunId}: observation {EventId} retracted; replaying from day {Day} to day {Reached}", RunId, eventId, restoreDay + 1, reached);
        return new RetractionReceipt(eventId, restoreDay, reached);
    }

    /// <summary>
    /// A run that took observations before events were kept has entries only: each becomes an
    /// event of its own (taken at the tick that delivers it), so rebuilding from events keeps it.
    /// </summary>
    private void AdoptEntriesWithoutEvents()
    {
        if (Record.Events.Count > 0 || Record.Observations.Count == 0) return;
        foreach (var entry in Record.Observations)
            Record.Events.Add(new ObservationEvent
            {
                Id = "obs-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)),
                ReceivedAt = entry.DeliverAt,
                Values = [new KpiObservation(entry.EntityId, entry.Kpi, entry.Day, entry.Value, Accumulate: false)],
                Text = "(taken before observations had ids)",
            });
    }

    /// <summary>Stores the run's whole state after <paramref name="day"/> as a restore point, and lets the oldest go.</summary>
    private async Task KeepRestorePoint(int day)
    {
        var request = Record.Request!;
        var snapshots = await Task.WhenAll(_partitions.Select(p => p.Snapshot(day)));
        await RestorePoint(day).Save(new ForkPoint(RunId, day, request.ScenarioHash, request.EntitiesPerPartition,
            snapshots.Select(s => s.States).ToArray(), InFlight(snapshots.Select(s => s.Pending).ToArray()), request.Seed, request.Replication));
        if (!Record.RestoreDays.Contains(day)) Record.RestoreDays.Add(day);
        Record.RestoreDays.Sort();
        while (Record.RestoreDays.Count > RestorePointsKept)
        {
            await RestorePoint(Record.RestoreDays[0]).Remove();
            Record.RestoreDays.RemoveAt(0);
        }
        await WriteRecord();
    }

    private IRestorePointGrain RestorePoint(int day) => GrainFactory.GetGrain<IRestorePointGrain>($"{RunId}/restore-{day}");
}
