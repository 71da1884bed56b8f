namespace Twin.Model.Scenarios;

/// <summary>A border crossing routes pass through; closing it holds every vehicle that reaches it.</summary>
public sealed class BorderSpec
{
    [EntityId] public required string Id { get; init; }

    public string Name { get; init; } = "";

    /// <summary>Probability that a vehicle is delayed at the crossing.</summary>
    [Min(0), Max(1)] public double DelayProbability { get; init; }

    /// <summary>Mean of a delay, days (exponentially distributed).</summary>
    [Min(0), Max(60)] public double DelayMeanDays { get; init; }
}
