namespace Twin.Model.Scenarios;

/// <summary>
/// A market a participant trades, and its size there. Keyed by the market's `id`, so intervention
/// paths reach it: `participants/ru-energy-exporter/markets/crude-oil/lots`.
/// </summary>
public sealed class ParticipantMarketSpec
{
    /// <summary>The market's id.</summary>
    [Pattern(EntityIdAttribute.Regex, "a market id")] public required string Id { get; init; }

    /// <summary>
    /// Lots: the hedge position a producer or consumer keeps, the size a market maker quotes at each
    /// level, or the largest position a speculator takes.
    /// </summary>
    [Min(1), Max(10_000_000)] public required int Lots { get; init; }
}
