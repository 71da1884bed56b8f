namespace Twin.Model.Scenarios;

/// <summary>
/// How the towns' export demand answers the service shippers get (docs/model.md, "Service and
/// export demand"): a per-(country, goods class) factor s = (G/G0)^(−elasticity), bounded, moving
/// towards its target by a share of the gap each day. Off unless enabled.
/// </summary>
public sealed class ServiceResponseSpec
{
    public bool Enabled { get; init; }

    /// <summary>Elasticity of export demand to the delivered cost ratio G/G0.</summary>
    [Min(0), Max(10)] public double Elasticity { get; init; } = 0.5;

    /// <summary>Share of the gap between the factor and its target closed each day (buyers move to and from competitors over weeks).</summary>
    [Positive, Max(1)] public double AdjustmentPerDay { get; init; } = 0.1;

    /// <summary>The lowest factor: the part of the demand that no service level loses (contracts, no alternative supplier).</summary>
    [Positive, Max(1)] public double MinFactor { get; init; } = 0.5;

    /// <summary>The highest factor: 1 means service better than the published one wins no extra orders.</summary>
    [Min(1), Max(10)] public double MaxFactor { get; init; } = 1;
}
