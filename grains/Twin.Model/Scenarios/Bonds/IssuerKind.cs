namespace Twin.Model.Scenarios;

/// <summary>Who issues offshore bonds through the platform (zone-facts: zone firms, and state-owned firms abroad).</summary>
public enum IssuerKind
{
    /// <summary>A firm of the zone.</summary>
    ZoneFirm,

    /// <summary>A state-owned enterprise.</summary>
    StateOwned,
}
