namespace Twin.Model.Scenarios;

/// <summary>
/// The SCO Economic and Trade Institute as a whole: one entity that gathers its programmes'
/// trainee flows by country, keeps the alumni stock of each country and sends the towns the
/// alumni effect on their export demand. Its programmes are the `programmes` section.
/// </summary>
public sealed class InstituteSpec
{
    [EntityId] public required string Id { get; init; }

    public string Name { get; init; } = "";

    public AlumniEffectSpec AlumniEffect { get; init; } = new();

    /// <summary>Towns where alumni who stay in the zone (to work or to found a firm) settle, with weights; none: they leave the model.</summary>
    public IReadOnlyList<TownWeightSpec> Settlement { get; init; } = [];

    /// <summary>The sectors of the firms alumni found (weights).</summary>
    public SectorWeights FounderSectors { get; init; } = new();
}
