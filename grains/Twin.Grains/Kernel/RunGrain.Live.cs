using Twin.Contracts.Kernel;
using Twin.Model.Kernel;

namespace Twin.Grains.Kernel;

/// <summary>What makes a run a digital twin: observations from the real zone, its latest values, and forks.</summary>
public sealed partial class RunGrain
{
    /// <summary>Values without an event's text (a .NET caller's): taken as one event.</summary>
    public Task<ObservationReceipt> Observe(KpiObservation[] observations) => ObserveEvents([new ObservedEvent("", observations)]);

    public async Task<RunRecent> GetRecent(int days)
    {
        // Between a restart and the run's first tick, it stands at its last checkpoint (as its status says).
        if (_plan is null) return new RunRecent(RunId, Record.CheckpointDay + 1, Record.CheckpointDay + 1, []);
        var series = await Task.WhenAll(_partitions.Select(p => p.CollectRecent(days)));
        var all = series.SelectMany(s => s).OrderBy(s => s.EntityId, StringComparer.Ordinal).ToArray();
        return new RunRecent(RunId, _day - (all.Length == 0 ? 0 : all[0].Days), _day, all);
    }

    public async Task<ForkPointInfo> Fork(string forkId)
    {
        var request = Record.Request;
        if (request is null || _plan is null || _day < 1)
            throw new InvalidOperationException($"Run '{RunId}' has not stepped a day yet, so there is nothing to fork from.");
        int day = _day - 1;
        var snapshots = await Task.WhenAll(_partitions.Select(p => p.Snapshot(day)));
        var point = new ForkPoint(RunId, day, request.ScenarioHash, request.EntitiesPerPartition,
            snapshots.Select(s => s.States).ToArray(), InFlight(snapshots.Select(s => s.Pending).ToArray()), request.Seed, request.Replication);
        await GrainFactory.GetGrain<IForkPointGrain>(forkId).Save(point);
        return new ForkPointInfo(forkId, RunId, day, request.ScenarioHash);
    }

    /// <summary>
    /// Observations to hand over at this tick, by entity index. Events being replayed after a
    /// restore (see RunGrain.Observations.cs) are taken again first, at the tick that took them.
    /// </summary>
    private EntityObservation[] DueObservations()
    {
        if (_replaying.Count > 0)
        {
            foreach (var e in Record.Events)
            {
                if (e.ReceivedAt != _day || !_replaying.Remove(e.Id)) continue;
                foreach (var o in e.Values) Remember(o, _day);
            }
        }
        if (Record.Observations.Count == 0) return [];
        var directory = scenarios.Get(Record.Request!.ScenarioHash, Record.Request.ScenarioJson).Directory;
        return Record.Observations
            .Where(o => !o.Delivered && o.DeliverAt <= _day)
            .Select(o => new EntityObservation(directory.IndexOf(o.EntityId), new ObservedValue(o.Kpi, o.Day, o.Value)))
            .ToArray();
    }

    /// <summary>
    /// After a resume from a checkpoint (or a restore point), the observations as they stood then:
    /// rebuilt from the events taken up to that tick, the later ones taken again at their ticks.
    /// Runs from before events were kept redeliver their entries as before.
    /// </summary>
    private void RedeliverAfter(int checkpointDay)
    {
        if (Record.Events.Count == 0)
        {
            foreach (var o in Record.Observations)
                if (o.Delivered && o.DeliverAt > checkpointDay) o.Delivered = false;
            return;
        }
        Record.Observations.Clear();
        _replaying.Clear();
        foreach (var e in Record.Events)
        {
            if (e.ReceivedAt > checkpointDay) _replaying.Add(e.Id);
            else
                foreach (var o in e.Values) Remember(o, e.ReceivedAt);
        }
        foreach (var o in Record.Observations) o.Delivered = o.DeliverAt <= checkpointDay;
    }

    /// <summary>
    /// One value into its (entity, KPI, day) entry: counts add up, prices replace, weighted values
    /// (a VWAP) average by their weights; handed over at its day or at <paramref name="tick"/> if later.
    /// </summary>
    private void Remember(KpiObservation o, int tick)
    {
        var entry = Record.Observations.FirstOrDefault(e => e.EntityId == o.EntityId && e.Kpi == o.Kpi && e.Day == o.Day);
        if (entry is null)
            Record.Observations.Add(entry = new ObservationEntry { EntityId = o.EntityId, Kpi = o.Kpi, Day = o.Day, Value = o.Value, WeightSum = Math.Max(0, o.Weight) });
        else if (o.Weight > 0)
        {
            entry.Value = (entry.Value * entry.WeightSum + o.Value * o.Weight) / (entry.WeightSum + o.Weight);
            entry.WeightSum += o.Weight;
        }
        else
            entry.Value = o.Accumulate ? entry.Value + o.Value : o.Value;
        entry.DeliverAt = Math.Max(o.Day, tick);
        entry.Delivered = false;
    }
}
