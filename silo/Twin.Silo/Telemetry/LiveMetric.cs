using Twin.Model.Kernel;

namespace Twin.Silo.Telemetry;

/// <summary>Gauges report the latest day's value; counters add up every simulated day's value once.</summary>
public enum LiveMetricType
{
    Gauge,
    Counter,
}

/// <summary>
/// One Prometheus family fed by one KPI of the live twin. Its type, help and whether it holds its
/// last event's value come from the KPI's declaration (<see cref="KpiCatalog"/>), so the metrics
/// cannot disagree with the summaries about what a KPI is.
/// </summary>
/// <param name="Kpi">The KPI the entities of the kind record.</param>
/// <param name="Name">The Prometheus name without `_total` (the exporter adds it to counters).</param>
/// <param name="Type">Counter for a flow (summed over days), gauge for anything else.</param>
/// <param name="HoldsLastEvent">A per-event KPI (transit time) has no value on days without its event; the gauge then holds its last event's value.</param>
/// <param name="Labels">Fixed labels, to spread related KPIs over one family (the bid and ask depth).</param>
/// <param name="Scale">Turns the KPI's unit into the metric's base unit (simulated days into seconds).</param>
public sealed record LiveMetric(
    string Kpi,
    string Name,
    LiveMetricType Type,
    string Help,
    bool HoldsLastEvent = false,
    IReadOnlyDictionary<string, string>? Labels = null,
    double Scale = 1)
{
    /// <summary>The name Prometheus shows.</summary>
    public string ExposedName => Type == LiveMetricType.Counter ? Name + "_total" : Name;

    /// <summary>
    /// The metric of <paramref name="kpi"/> for entities of <paramref name="kind"/>, as its declaration says.
    /// `closed` adds up to days closed over a run, but live it is a flag (1 while closed): a gauge.
    /// </summary>
    public static LiveMetric Of(string kind, string kpi, string name, double scale = 1, IReadOnlyDictionary<string, string>? labels = null, string? help = null)
    {
        var info = KpiCatalog.Info(kind, kpi);
        bool counter = info.Aggregation == KpiAggregation.Sum && kpi != "closed";
        bool perEvent = info.Aggregation is KpiAggregation.WeightedMean or KpiAggregation.Quantile;
        return new LiveMetric(kpi, name, counter ? LiveMetricType.Counter : LiveMetricType.Gauge,
            help ?? HelpOf(info, scale), perEvent, labels, scale);
    }

    private static string HelpOf(KpiInfo info, double scale)
    {
        string unit = scale == 86_400 ? "seconds of simulated time" : info.Unit;
        string text = char.ToUpperInvariant(info.Description[0]) + info.Description[1..];
        return info.Name == "closed" ? $"{text} (a flag: 1 while closed)." : $"{text} ({unit}).";
    }
}

/// <summary>
/// The metrics of one entity kind: each entity is a series labelled with its id under
/// <paramref name="Label"/>, plus the <paramref name="Links"/> fields of its scenario entry (a
/// route's `mode`). With <paramref name="Summed"/> set, entities are not labelled one by one: the
/// values are summed by the link labels (members by role), so no firm becomes a label.
/// </summary>
public sealed record LiveMetricKind(string Kind, string Label, IReadOnlyList<string> Links, IReadOnlyList<LiveMetric> Metrics, bool Summed = false);
