using Twin.Contracts.Kernel;
using Twin.Model.Kernel;

namespace Twin.Grains.Kernel;

/// <summary>Answers about a finished run's results without shipping all of them.</summary>
public sealed partial class RunGrain
{
    public async Task<RunAggregates> GetAggregates()
    {
        var results = await GetResults();
        var series = results.Series;
        return new RunAggregates(
            RunId,
            series.Select(s => s.EntityId).ToArray(),
            series.Select(s => s.Kind).ToArray(),
            series.Select(s => s.Names.ToArray()).ToArray(),
            series.Select(s => s.Names.Select(k => KpiCatalog.Aggregate(s, k)).ToArray()).ToArray());
    }

    public async Task<double[]> GetSeries(string entityId, string kpi, int fromDay, int toDay)
    {
        var results = await GetResults();
        var series = results.Series.FirstOrDefault(s => s.EntityId == entityId)
            ?? throw new ArgumentException($"Run '{RunId}' has no entity '{entityId}'.");
        int k = series.IndexOf(kpi);
        if (k < 0) throw new ArgumentException($"Entity '{entityId}' records no KPI '{kpi}'.");
        int from = Math.Max(0, fromDay), to = Math.Min(series.Days - 1, toDay);
        if (from > to) return [];
        var values = new double[to - from + 1];
        for (int d = from; d <= to; d++) values[d - from] = series.Get(d, k);
        return values;
    }
}
