namespace Twin.Model.Kernel;

/// <summary>Short-hands for declaring KPIs by what they are, so each declaration reads as its rule.</summary>
public static class Kpi
{
    /// <summary>A flow: summed over a window.</summary>
    public static KpiInfo Flow(string name, string unit, KpiDirection better, string description, bool headline = false) =>
        new(name, unit, KpiAggregation.Sum, better, description, headline);

    /// <summary>A stock or running total: its last value in a window.</summary>
    public static KpiInfo Stock(string name, string unit, KpiDirection better, string description, bool headline = false) =>
        new(name, unit, KpiAggregation.Last, better, description, headline);

    /// <summary>A level every day has (a rate, a price, a queue): its mean over the days of a window.</summary>
    public static KpiInfo Level(string name, string unit, KpiDirection better, string description, bool headline = false) =>
        new(name, unit, KpiAggregation.Mean, better, description, headline);

    /// <summary>A per-event quantity: NaN on days without an event, weighted by <paramref name="weight"/> over a window.</summary>
    public static KpiInfo PerEvent(string name, string unit, KpiDirection better, string weight, string description, bool headline = false) =>
        new(name, unit, KpiAggregation.WeightedMean, better, description, headline) { Weight = weight };

    /// <summary>A quantile of events (weighted by <paramref name="weight"/>), pooled over a window.</summary>
    public static KpiInfo Quantile(string name, string unit, KpiDirection better, double probability, string weight, string description) =>
        new(name, unit, KpiAggregation.Quantile, better, description) { Probability = probability, Weight = weight };

    /// <summary>A daily maximum: its largest value in a window.</summary>
    public static KpiInfo Max(string name, string unit, KpiDirection better, string description) =>
        new(name, unit, KpiAggregation.Max, better, description);

    /// <summary>1 on a day an intervention closes the entity: the days closed add up over a window.</summary>
    public static KpiInfo Closed(string what = "the entity") =>
        Flow("closed", "days", KpiDirection.LowerIsBetter, $"1 on a day {what} is closed by an intervention");
}
