using Twin.Client.Studies;

namespace Twin.Client.Output;

/// <summary>
/// One variant's KPIs as a study reports them: each KPI's per-run aggregate (a total, a mean or
/// the last day's value, as its declaration says), averaged over the replications. The run
/// summary reads every number from here, so `twin run` and `twin study` never disagree.
/// </summary>
public sealed class RunKpis
{
    private readonly Dictionary<(string Entity, string Kpi), double> _means = [];

    public RunKpis(IEnumerable<KpiStatistic> statistics, string variant)
    {
        foreach (var s in statistics.Where(s => s.Variant == variant))
            _means.TryAdd((s.Entity, s.Kpi), s.Summary.Mean);
    }

    /// <summary>The KPI's aggregate, averaged over replications; NaN if the entity has no value for it.</summary>
    public double Mean(string entity, string kpi) => _means.TryGetValue((entity, kpi), out var mean) ? mean : double.NaN;

    /// <summary>
    /// The sum of the KPI's aggregates over several entities (a total over part of the zone);
    /// an entity without a value adds nothing.
    /// </summary>
    public double Total(IEnumerable<string> entities, string kpi) =>
        entities.Select(e => Mean(e, kpi)).Where(double.IsFinite).Sum();

    /// <summary><paramref name="part"/> / <paramref name="whole"/>, NaN when the whole is zero (nothing to divide).</summary>
    public static double Ratio(double part, double whole) => whole != 0 && double.IsFinite(whole) ? part / whole : double.NaN;
}
