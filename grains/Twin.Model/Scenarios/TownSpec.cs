namespace Twin.Model.Scenarios;

/// <summary>One of the zone's five new towns.</summary>
public sealed class TownSpec
{
    [EntityId] public required string Id { get; init; }

    public string Name { get; init; } = "";

    [InitialCondition, Min(0)] public required int Population { get; init; }

    [Min(-0.5), Max(1)] public double PopulationGrowthPerYear { get; init; }

    /// <summary>Share of the population in the labour force (residents and regular commuters).</summary>
    [Min(0), Max(1)] public double LabourForceShare { get; init; } = 0.55;

    /// <summary>Firms of each sector on day 0.</summary>
    [InitialCondition] public required FirmCounts Firms { get; init; }

    /// <summary>Town-specific multiplier on every sector's productivity.</summary>
    [Positive] public double ProductivityFactor { get; init; } = 1.0;
}
