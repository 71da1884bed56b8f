namespace Twin.Model.Scenarios;

/// <summary>
/// Energy or a material a sector's firms buy at the trading platform's price: a market and what it
/// costs as a share of the sector's output value at the market's starting price. Keyed by the
/// market's `id`, so levers reach it: `sectors/manufacturing/inputs/crude-oil/costShare`.
/// </summary>
public sealed class SectorInputSpec
{
    /// <summary>The market's id.</summary>
    [Pattern(EntityIdAttribute.Regex, "a market id")] public required string Id { get; init; }

    /// <summary>Cost of this input per CNY of output when the market is at its starting price.</summary>
    [Min(0), Max(1)] public required double CostShare { get; init; }
}
