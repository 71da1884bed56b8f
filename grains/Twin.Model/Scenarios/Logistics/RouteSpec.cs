namespace Twin.Model.Scenarios;

/// <summary>A scheduled service from a hub to a destination (and back, carrying imports).</summary>
public sealed class RouteSpec
{
    [EntityId] public required string Id { get; init; }

    public string Name { get; init; } = "";

    /// <summary>The hub it departs from.</summary>
    public required string From { get; init; }

    /// <summary>The destination it delivers to.</summary>
    public required string To { get; init; }

    public required TransportMode Mode { get; init; }

    /// <summary>Mean transit time, days, from departure to delivery at the destination (border delays come on top).</summary>
    [Positive, Max(120)] public required double TransitDays { get; init; }

    /// <summary>Log-normal sigma of the transit time around its mean.</summary>
    [Min(0), Max(2)] public double TransitSpread { get; init; } = 0.1;

    /// <summary>What one departure can carry, in <see cref="CapacityUnit"/>.</summary>
    [Positive] public required double Capacity { get; init; }

    public required CapacityUnit CapacityUnit { get; init; }

    /// <summary>Scheduled departures a week (fractions allowed: 0.25 is one every four weeks).</summary>
    [Min(0), Max(70)] public required double DeparturesPerWeek { get; init; }

    /// <summary>Probability that a scheduled departure is cancelled (operator, equipment).</summary>
    [Min(0), Max(1)] public double CancellationProbability { get; init; }

    /// <summary>A departure loaded below this share of capacity waits for more cargo (never perishables, never past <see cref="MaxHoldDays"/>).</summary>
    [Min(0), Max(1)] public double MinLoadFactor { get; init; }

    /// <summary>Cargo never waits longer than this for a departure held for low load.</summary>
    [Min(0), Max(60)] public int MaxHoldDays { get; init; } = 7;

    /// <summary>Freight rate, CNY per capacity unit (per TEU or per tonne).</summary>
    [Positive] public required double CostPerUnit { get; init; }

    /// <summary>The goods classes it accepts (reefer services take perishables only).</summary>
    public IReadOnlyList<GoodsClass> GoodsClasses { get; init; } = [GoodsClass.General, GoodsClass.Ecommerce, GoodsClass.Perishable];

    /// <summary>The border crossing on the way, if any.</summary>
    public string? Border { get; init; }

    /// <summary>Days from departure to the border crossing.</summary>
    [Min(0), Max(120)] public double BorderAfterDays { get; init; }

    /// <summary>Whether vehicles bring imports back from the destination.</summary>
    public bool ReturnLoads { get; init; } = true;
}
