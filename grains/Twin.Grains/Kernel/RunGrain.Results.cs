using Twin.Contracts.Kernel;
using Twin.Model.Kernel;

namespace Twin.Grains.Kernel;

/// <summary>Answers about a finished run's results without shipping all of them.</summary>
public sealed partial class RunGrain
{
    public async Task<RunAggregates> GetAggregates(int fromDay, int toDay)
    {
        var window = new KpiWindow(fromDay, toDay);
        var results = await GetResults();
        var series = results.Series;
        return new RunAggregates(
            RunId,
            series.Select(s => s.EntityId).ToArray(),
            series.Select(s => s.Kind).ToArray(),
            series.Select(s => s.Names.ToArray()).ToArray(),
            series.Select(s => KpiCatalog.AggregateAll(s, window)).ToArray());
    }

    public async Task<double[]> GetSeries(string entityId, string kpi, int fromDay, int toDay)
    {
        var series = Record.State == RunState.Completed
            ? (await GetResults()).Series.FirstOrDefault(s => s.EntityId == entityId)
            : await LiveSeries(entityId);
        if (series is null) throw new ArgumentException($"Run '{RunId}' has no entity '{entityId}'.");
        int k = series.IndexOf(kpi);
        if (k < 0) throw new ArgumentException($"Entity '{entityId}' records no KPI '{kpi}'.");
        int from = Math.Max(0, fromDay), to = Math.Min(series.Days - 1, toDay);
        if (from > to) return [];
        var values = new double[to - from + 1];
        for (int d = from; d <= to; d++) values[d - from] = series.Get(d, k);
        return values;
    }

    /// <summary>A running run's series of one entity, from its partition (which hosts it or calls its grain).</summary>
    private async Task<KpiSeries?> LiveSeries(string entityId)
    {
        var request = Record.Request;
        if (request is null || _plan is null) return null;
        var directory = scenarios.Get(request.ScenarioHash, request.ScenarioJson).Directory;
        if (!directory.TryIndexOf(entityId, out var index)) return null;
        return await _partitions[_plan.PartitionOf(index)].CollectOne(index);
    }
}
