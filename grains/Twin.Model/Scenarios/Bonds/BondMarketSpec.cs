namespace Twin.Model.Scenarios;

/// <summary>
/// The rules every offshore bond of the platform shares: what ratings mean, how bonds are quoted
/// and lotted, and what holders recover after a default.
/// </summary>
public sealed class BondMarketSpec
{
    public required RatingTable Ratings { get; init; }

    /// <summary>Face amount of one lot (bonds trade in whole lots), in the bond's currency.</summary>
    [InitialCondition, Positive] public double LotFace { get; init; } = 100_000;

    /// <summary>Price step, in points per 100 of face.</summary>
    [InitialCondition, Positive, Max(1)] public double TickSize { get; init; } = 0.01;

    /// <summary>Share of face holders recover after a default.</summary>
    [Min(0), Max(1)] public double RecoveryRate { get; init; } = 0.4;

    /// <summary>Days from a default to the recovery payment (the work-out).</summary>
    [Min(1), Max(3650)] public int RecoveryDays { get; init; } = 90;
}
