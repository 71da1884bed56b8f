namespace Twin.Model.Kernel;

/// <summary>How a daily KPI becomes one number over a window of days (docs/statistics.md).</summary>
public enum KpiAggregation
{
    /// <summary>Average over the days that have a value: a level every day has (a rate, a price, a queue).</summary>
    Mean,

    /// <summary>Total over the days: a flow (output, exports, departures).</summary>
    Sum,

    /// <summary>The last day's value: a stock or a running total (population, firms, equity, fees so far).</summary>
    Last,

    /// <summary>
    /// A per-event quantity (a load factor, a transit time): "no value" (NaN) on days without an
    /// event, and over a window Σ value·weight / Σ weight on the days that have one, the weight
    /// being another KPI of the same entity (<see cref="KpiInfo.Weight"/>).
    /// </summary>
    WeightedMean,

    /// <summary>A quantile (<see cref="KpiInfo.Probability"/>) of the events pooled over the window, not an average of daily quantiles.</summary>
    Quantile,

    /// <summary>The largest value in the window (the largest load of a departure).</summary>
    Max,
}

/// <summary>Which way a planner reads a KPI: a what-if is "better" when it moves the KPI this way.</summary>
public enum KpiDirection
{
    Neutral,
    HigherIsBetter,
    LowerIsBetter,
}

/// <summary>
/// The one declaration of a KPI: its name, unit, meaning, which way is better and how it becomes
/// one number over a window. A name ending in `*` declares a family of KPIs named per item
/// (`enrolled_*`: `enrolled_russia`...). Declarations live beside the model that records them and
/// are looked up by (entity kind, KPI) through <see cref="KpiCatalog"/>.
/// </summary>
/// <param name="Headline">Shown in the short summaries of studies and comparisons (the rest on request).</param>
public sealed record KpiInfo(string Name, string Unit, KpiAggregation Aggregation, KpiDirection Better, string Description, bool Headline = false)
{
    /// <summary>For <see cref="KpiAggregation.WeightedMean"/> and <see cref="KpiAggregation.Quantile"/>: the KPI of the same entity that weights each day (or event).</summary>
    public string? Weight { get; init; }

    /// <summary>For <see cref="KpiAggregation.Quantile"/>: which quantile (0.95 for a 95th percentile).</summary>
    public double Probability { get; init; }

    /// <summary>True for a family declaration (`enrolled_*`).</summary>
    public bool IsFamily => Name.EndsWith('*');

    /// <summary>True if this declaration covers <paramref name="kpi"/>: the same name, or a member of the family.</summary>
    public bool Covers(string kpi) =>
        IsFamily ? kpi.Length >= Name.Length && kpi.StartsWith(Name.AsSpan(0, Name.Length - 1), StringComparison.Ordinal) : kpi == Name;
}
