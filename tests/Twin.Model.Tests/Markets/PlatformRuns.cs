using Twin.Model.Kernel;
using Twin.Model.Markets.Clearing;
using Twin.Model.Scenarios;
using Twin.Model.Tests.Support;

namespace Twin.Model.Tests.Markets;

/// <summary>Scenario files run in the plain loop, cached per test run (each year takes a fraction of a second).</summary>
public static class PlatformRuns
{
    private static readonly Dictionary<(string, int), (IReadOnlyList<KpiSeries> Series, ClearingHouseModel Clearing)> Cache = [];
    private static readonly Lock Gate = new();

    public static IReadOnlyList<KpiSeries> Series(string file, int days) => Run(file, days).Series;

    public static ClearingHouseModel Clearing(string file, int days) => Run(file, days).Clearing;

    public static KpiSeries Of(this IReadOnlyList<KpiSeries> series, string entity) => series.First(s => s.EntityId == entity);

    private static (IReadOnlyList<KpiSeries> Series, ClearingHouseModel Clearing) Run(string file, int days)
    {
        lock (Gate)
        {
            if (Cache.TryGetValue((file, days), out var cached)) return cached;
            var scenario = TestScenarios.Load(file);
            var runner = new SequentialRunner(scenario, scenario.Seed, 0, days);
            var result = (runner.Run(), (ClearingHouseModel)runner.Hosts.First(h => h.Entity.Kind == ClearingKind.Name).Model);
            Cache[(file, days)] = result;
            return result;
        }
    }

    /// <summary>The mean of the finite values of one KPI over a range of days.</summary>
    public static double Mean(this KpiSeries series, string kpi, int from, int until)
    {
        var values = series.Series(kpi)[from..until].Where(double.IsFinite).ToArray();
        return values.Length == 0 ? double.NaN : values.Average();
    }

    public static IEnumerable<MarketSpec> Markets(string file) => TestScenarios.Load(file).Markets;
}
