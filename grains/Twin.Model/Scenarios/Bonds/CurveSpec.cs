namespace Twin.Model.Scenarios;

/// <summary>
/// A currency's risk-free yield curve, a Nelson–Siegel curve whose level, slope and curvature each
/// revert to their start values with daily noise; a parallel shift (`shockBp`) is the lever for
/// rate shocks. Zero rates are continuously compounded, as shares (0.045 for 4.5%).
/// </summary>
public sealed class CurveSpec
{
    [EntityId] public required string Id { get; init; }

    [InitialCondition] public required Currency Currency { get; init; }

    /// <summary>β₀: the long end's zero rate.</summary>
    [Min(-0.1), Max(0.5)] public required double Level { get; init; }

    /// <summary>β₁: the short end minus the long end.</summary>
    [Min(-0.5), Max(0.5)] public required double Slope { get; init; }

    /// <summary>β₂: the hump in the middle.</summary>
    [Min(-0.5), Max(0.5)] public double Curvature { get; init; }

    /// <summary>λ: the maturity, in years, where the slope's loading has fallen to about 0.63 and the hump peaks near.</summary>
    [Min(0.1), Max(30)] public double DecayYears { get; init; } = 2;

    /// <summary>Share of each factor's gap to its start value closed every day.</summary>
    [Min(0), Max(1)] public double Reversion { get; init; } = 0.002;

    /// <summary>Daily standard deviation of the level, slope and curvature (rate units: 0.0005 is 5 bp).</summary>
    [Min(0), Max(0.05)] public double LevelVolatility { get; init; } = 0.0004;

    [Min(0), Max(0.05)] public double SlopeVolatility { get; init; } = 0.0003;

    [Min(0), Max(0.05)] public double CurvatureVolatility { get; init; } = 0.0005;

    /// <summary>A parallel shift of the whole curve, in basis points, from the day a lever sets it.</summary>
    [Min(-1000), Max(2000)] public double ShockBp { get; init; }
}
