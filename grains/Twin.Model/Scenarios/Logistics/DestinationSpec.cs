namespace Twin.Model.Scenarios;

/// <summary>A place abroad the routes deliver to (a railhead, a city, a sea gateway); it sends imports back.</summary>
public sealed class DestinationSpec
{
    [EntityId] public required string Id { get; init; }

    public string Name { get; init; } = "";

    /// <summary>The country it lies in; none for a gateway that serves other countries (see <see cref="CountrySpec.Gateway"/>).</summary>
    public string? Country { get; init; }

    /// <summary>Its weight among the destinations of its country.</summary>
    [Positive] public double Weight { get; init; } = 1;

    /// <summary>The overseas warehouse that delivers its e-commerce parcels, if any.</summary>
    public string? OverseasWarehouse { get; init; }

    /// <summary>Imports sent back to the zone, mean TEU a week.</summary>
    [Min(0)] public double ImportTeuPerWeek { get; init; }

    /// <summary>Log-normal sigma of each day's imports.</summary>
    [Min(0), Max(3)] public double ImportVolatility { get; init; } = 0.5;

    [Positive] public double ImportValuePerTeu { get; init; } = 120_000;

    [Positive] public double ImportTonnesPerTeu { get; init; } = 14;
}
