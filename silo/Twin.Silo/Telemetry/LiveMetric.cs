namespace Twin.Silo.Telemetry;

/// <summary>Gauges report the latest day's value; counters add up every simulated day's value once.</summary>
public enum LiveMetricType
{
    Gauge,
    Counter,
}

/// <summary>
/// One Prometheus family fed by one KPI of the live twin.
/// </summary>
/// <param name="Kpi">The KPI the entities of the kind record.</param>
/// <param name="Name">The Prometheus name without `_total` (the exporter adds it to counters).</param>
/// <param name="Gate">For a gauge: a KPI that says the day's value means something (transit time only on days with arrivals); on other days the gauge holds its last such value.</param>
/// <param name="Labels">Fixed labels, to spread related KPIs over one family (the bid and ask depth).</param>
/// <param name="Scale">Turns the KPI's unit into the metric's base unit (simulated days into seconds).</param>
public sealed record LiveMetric(
    string Kpi,
    string Name,
    LiveMetricType Type,
    string Help,
    string? Gate = null,
    IReadOnlyDictionary<string, string>? Labels = null,
    double Scale = 1)
{
    /// <summary>The name Prometheus shows.</summary>
    public string ExposedName => Type == LiveMetricType.Counter ? Name + "_total" : Name;
}

/// <summary>
/// The metrics of one entity kind: each entity is a series labelled with its id under
/// <paramref name="Label"/>, plus the <paramref name="Links"/> fields of its scenario entry (a
/// route's `mode`). With <paramref name="Summed"/> set, entities are not labelled one by one: the
/// values are summed by the link labels (members by role), so no firm becomes a label.
/// </summary>
public sealed record LiveMetricKind(string Kind, string Label, IReadOnlyList<string> Links, IReadOnlyList<LiveMetric> Metrics, bool Summed = false);
