namespace Twin.Model.Scenarios;

/// <summary>
/// How operators adjust capacity to a backlog that persists (docs/model.md, "Capacity response"):
/// every review period, a backlog above <see cref="RaiseAboveDays"/> days of capacity on average
/// adds a step of capacity times the backlog over the threshold; one below <see cref="LowerBelowDays"/> with a load below
/// <see cref="LowerBelowLoad"/> removes one; the capacity stays within [min, max] × the scheduled one.
/// </summary>
public sealed class CapacityRuleSpec
{
    public bool Enabled { get; init; }

    /// <summary>Days between reviews; each review looks at the days since the previous one.</summary>
    [Min(1), Max(365)] public int ReviewDays { get; init; } = 7;

    /// <summary>Capacity is added when the mean backlog over the period exceeds this many days of capacity.</summary>
    [Min(0), Max(365)] public double RaiseAboveDays { get; init; } = 7;

    /// <summary>Capacity is cut when the mean backlog stays below this many days of capacity...</summary>
    [Min(0), Max(365)] public double LowerBelowDays { get; init; } = 3;

    /// <summary>...and the capacity offered was used below this share (load factor or utilization).</summary>
    [Min(0), Max(1)] public double LowerBelowLoad { get; init; } = 0.7;

    /// <summary>Capacity cut at a review, and added per multiple of <see cref="RaiseAboveDays"/> the backlog reached, as a share of the scheduled capacity.</summary>
    [Positive, Max(5)] public double Step { get; init; } = 0.1;

    /// <summary>The capacity never falls below this share of the scheduled one.</summary>
    [Positive, Max(1)] public double MinFactor { get; init; } = 0.5;

    /// <summary>The capacity never rises above this multiple of the scheduled one.</summary>
    [Min(1), Max(20)] public double MaxFactor { get; init; } = 6;
}
