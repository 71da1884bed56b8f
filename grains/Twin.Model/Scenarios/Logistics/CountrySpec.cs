namespace Twin.Model.Scenarios;

/// <summary>
/// A counterpart country the zone trades with and trains people from. Not an entity: towns split
/// their exports by it, the institute's programmes draw applicants from it.
/// </summary>
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

    /// <summary>Weight of the country among the institute's applicants (times a programme's group weight, normalised); 0: none.</summary>
    [Min(0)] public double TraineeWeight { get; init; }

    /// <summary>Its group of counterpart countries, by which programmes weight their applicants.</summary>
    public CountryGroup Group { get; init; } = CountryGroup.Other;

    /// <summary>The institute's alumni living in the country on day 0 (the base of the alumni effect).</summary>
    [InitialCondition, Min(0)] public double Alumni { get; init; }
}
