using Twin.Contracts.Kernel;
using Twin.Model.Kernel;

namespace Twin.Grains.Kernel;

/// <summary>What makes a run a digital twin: observations from the real zone, its latest values, and forks.</summary>
public sealed partial class RunGrain
{
    public async Task<ObservationReceipt> Observe(KpiObservation[] observations)
    {
        var request = Record.Request;
        if (request is null || Record.State != Twin.Contracts.Kernel.RunState.Running)
            throw new InvalidOperationException($"Run '{RunId}' is not running, so it takes no observations.");
        var directory = scenarios.Get(request.ScenarioHash, request.ScenarioJson).Directory;
        for (int i = 0; i < observations.Length; i++)
        {
            var o = observations[i];
            if (!directory.TryIndexOf(o.EntityId, out _))
                throw new ArgumentException($"observations[{i}]: run '{RunId}' has no entity '{o.EntityId}'");
            if (o.Day < 0 || o.Day >= request.Days)
                throw new ArgumentException($"observations[{i}]: day {o.Day} is outside the run (0 to {request.Days - 1})");
            if (!double.IsFinite(o.Value))
                throw new ArgumentException($"observations[{i}]: the value must be a finite number");
        }
        foreach (var o in observations) Remember(o);
        await WriteRecord();
        return new ObservationReceipt(observations.Length, _day);

        void Remember(KpiObservation o)
        {
            var entry = Record.Observations.FirstOrDefault(e => e.EntityId == o.EntityId && e.Kpi == o.Kpi && e.Day == o.Day);
            if (entry is null)
                Record.Observations.Add(entry = new ObservationEntry { EntityId = o.EntityId, Kpi = o.Kpi, Day = o.Day, Value = o.Value });
            else
                entry.Value = o.Accumulate ? entry.Value + o.Value : o.Value;
            entry.DeliverAt = Math.Max(o.Day, _day);
            entry.Delivered = false;
        }
    }

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

    /// <summary>Observations to hand over at this tick, by entity index.</summary>
    private EntityObservation[] DueObservations(EntityDirectory directory) =>
        Record.Observations
            .Where(o => !o.Delivered && o.DeliverAt <= _day)
            .Select(o => new EntityObservation(directory.IndexOf(o.EntityId), new ObservedValue(o.Kpi, o.Day, o.Value)))
            .ToArray();

    /// <summary>After a resume from a checkpoint, what was handed over after it must be handed over again at the same ticks.</summary>
    private void RedeliverAfter(int checkpointDay)
    {
        foreach (var o in Record.Observations)
            if (o.Delivered && o.DeliverAt > checkpointDay) o.Delivered = false;
    }
}
