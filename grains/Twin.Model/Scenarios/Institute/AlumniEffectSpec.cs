namespace Twin.Model.Scenarios;

/// <summary>
/// How alumni at home raise the zone's trade with their country: the towns' export demand
/// multiplier for country c is ((A_c + k) / (A_c(0) + k))^elasticity, A_c the alumni living in c.
/// </summary>
public sealed class AlumniEffectSpec
{
    /// <summary>Elasticity of export demand to a country's alumni stock (0 switches the effect off).</summary>
    [Min(0), Max(2)] public double Elasticity { get; init; } = 0.1;

    /// <summary>k: alumni added to every country's stock, so the first alumni of a country have a finite effect.</summary>
    [Positive] public double Smoothing { get; init; } = 100;

    /// <summary>Share of alumni a year who leave the network (retire, change trade for other work).</summary>
    [Min(0), Max(1)] public double AttritionPerYear { get; init; } = 0.05;
}
