namespace Twin.Model.Scenarios;

/// <summary>A town and its weight, such as where alumni who stay in the zone settle.</summary>
public sealed class TownWeightSpec
{
    public required string Town { get; init; }

    [Positive] public double Weight { get; init; } = 1;
}
