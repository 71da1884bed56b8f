using Twin.Model.Kernel;

namespace Twin.Cli.Rendering;

/// <summary>
/// Headers that say what a number is: a KPI over the run as its declaration aggregates it ("backlog
/// TEU (mean)", "output CNY m (total)"). Read from the declaration, so a header never claims a
/// last-day value where the study reports a mean.
/// </summary>
public static class KpiHeader
{
    /// <summary>"<paramref name="title"/> (total)", "(mean)" or "(last day)".</summary>
    /// <param name="kind">The entity kind recording the KPI (kinds may declare a name differently).</param>
    public static string Of(string title, string kind, string kpi) => $"{title} ({Word(kind, kpi)})";

    /// <summary>"total", "mean", "last day", "weighted mean"...: how the KPI became one number per run.</summary>
    public static string Word(string kind, string kpi) => KpiCatalog.Info(kind, kpi) switch
    {
        { Aggregation: KpiAggregation.Sum } => "total",
        { Aggregation: KpiAggregation.Last } => "last day",
        { Aggregation: KpiAggregation.Mean } => "mean",
        { Aggregation: KpiAggregation.WeightedMean } => "weighted mean",
        { Aggregation: KpiAggregation.Quantile } => "of all events",
        { Aggregation: KpiAggregation.Max } => "largest",
        var other => other.Aggregation.ToString().ToLowerInvariant(),
    };
}
