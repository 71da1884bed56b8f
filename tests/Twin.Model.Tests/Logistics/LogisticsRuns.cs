using System.Collections.Concurrent;
using Twin.Model.Kernel;
using Twin.Model.Scenarios;
using Twin.Model.Tests.Support;

namespace Twin.Model.Tests.Logistics;

/// <summary>Runs of the repository's scenarios in the plain loop, cached so test classes share them.</summary>
public static class LogisticsRuns
{
    private static readonly ConcurrentDictionary<(string, long, int), Lazy<IReadOnlyList<KpiSeries>>> Cache = new();

    public static IReadOnlyList<KpiSeries> Of(string file, long seed = 1, int days = 365) =>
        Cache.GetOrAdd((file, seed, days), key => new Lazy<IReadOnlyList<KpiSeries>>(() =>
            new SequentialRunner(TestScenarios.Load(key.Item1), key.Item2, 0, key.Item3).Run())).Value;

    public static IReadOnlyList<KpiSeries> Run(Scenario scenario, long seed = 1, int? days = null) =>
        new SequentialRunner(scenario, seed, 0, days ?? scenario.Days).Run();

    public static KpiSeries Entity(this IReadOnlyList<KpiSeries> series, string id) => series.Single(s => s.EntityId == id);

    /// <summary>Sum of one KPI over days [from, until).</summary>
    public static double Sum(this KpiSeries series, string kpi, int from, int until) =>
        series.Series(kpi)[from..until].Sum();
}
