namespace Twin.Model.Scenarios;

/// <summary>A counterpart country the zone trades with. Not an entity: towns split their exports by it.</summary>
public sealed class CountrySpec
{
    [Pattern("^[a-z0-9][a-z0-9-]*$", "lower-case letters, digits and '-'")]
    public required string Id { get; init; }

    public string Name { get; init; } = "";

    /// <summary>Weight of the country in the zone's exports; weights are normalised over all countries.</summary>
    [Min(0)] public required double ExportShare { get; init; }

    /// <summary>
    /// The destination its goods leave through when no destination lies in the country (a sea
    /// gateway, or a neighbour's railhead). Ignored when the country has destinations of its own.
    /// </summary>
    public string? Gateway { get; init; }
}
