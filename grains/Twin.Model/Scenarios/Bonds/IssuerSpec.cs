namespace Twin.Model.Scenarios;

/// <summary>
/// An issuer of offshore bonds. Not an entity: its bonds carry it. Its rating sets their credit
/// spread and a default hazard; all its bonds default together (cross-default), on the day its
/// cumulative hazard passes a threshold drawn once from the issuer's own stream.
/// </summary>
public sealed class IssuerSpec
{
    [Pattern(EntityIdAttribute.Regex, "lower-case letters, digits and '-'")] public required string Id { get; init; }

    public string Name { get; init; } = "";

    public required IssuerKind Kind { get; init; }

    /// <summary>Home country (ISO code), for people.</summary>
    public string Country { get; init; } = "";

    /// <summary>Its credit rating; a lever (`issuers/{id}/rating`): a downgrade widens its spreads and raises its hazard from that day.</summary>
    public required Rating Rating { get; init; }
}
