namespace Twin.Model.Kernel;

/// <summary>How a daily KPI becomes one number per run, for comparisons and sweeps.</summary>
public enum KpiAggregation
{
    /// <summary>Average over the days (rates, prices, shares).</summary>
    Mean,

    /// <summary>Total over the days (flows: output, exports, departures).</summary>
    Sum,

    /// <summary>Value on the last day (stocks: population, firms, backlog at the end).</summary>
    Last,
}

/// <summary>Which way a planner reads a KPI: a what-if is "better" when it moves the KPI this way.</summary>
public enum KpiDirection
{
    Neutral,
    HigherIsBetter,
    LowerIsBetter,
}

/// <summary>
/// What a KPI means: its unit, how it aggregates over a run, and which way is better. A name
/// ending in `*` describes a family of KPIs named per item (`enrolled_*`: `enrolled_russia`...).
/// </summary>
/// <param name="Headline">Shown in the short summaries of studies and comparisons (the rest on request).</param>
public sealed record KpiInfo(string Name, string Unit, KpiAggregation Aggregation, KpiDirection Better, string Description, bool Headline = false);
