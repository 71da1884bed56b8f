namespace Twin.Model.Scenarios;

/// <summary>
/// How a participant trades. Each role reads the fields that concern it; prices offsets are shares
/// of its value of the commodity (see docs/model.md, "Markets and clearing").
/// </summary>
public sealed class StrategySpec
{
    /// <summary>Every role: standard deviation of the private error in its daily view of the fundamental (relative).</summary>
    [Min(0), Max(1)] public double ViewNoise { get; init; } = 0.005;

    /// <summary>Producers and consumers: how much the hedge leans on the price's gap to their value (per unit of relative gap).</summary>
    [Min(0), Max(100)] public double ValueSensitivity { get; init; } = 5;

    /// <summary>Producers, consumers and speculators: share of the gap to the target position traded each day.</summary>
    [Min(0), Max(1)] public double Urgency { get; init; } = 0.5;

    /// <summary>Producers and consumers: how far past their value they still trade in the opening auction (relative).</summary>
    [Min(0), Max(1)] public double Patience { get; init; } = 0.002;

    /// <summary>Market makers: the quoted spread, relative to the quote centre.</summary>
    [Min(0), Max(1)] public double QuoteSpread { get; init; } = 0.004;

    /// <summary>Market makers: price levels quoted on each side, each one spread further out.</summary>
    [Min(1), Max(10)] public int QuoteLevels { get; init; } = 3;

    /// <summary>Market makers: the inventory, in quote sizes, at which a side stops being quoted.</summary>
    [Min(1), Max(1000)] public double InventoryLimit { get; init; } = 10;

    /// <summary>Market makers: weight of yesterday's close (against their value) in the quote centre.</summary>
    [Min(0), Max(1)] public double CloseWeight { get; init; } = 0.5;

    /// <summary>Speculators: weight of the gap between value and close in the signal.</summary>
    [Min(0), Max(100)] public double ValueWeight { get; init; } = 1;

    /// <summary>Speculators: weight of the price's recent trend in the signal.</summary>
    [Min(-100), Max(100)] public double MomentumWeight { get; init; } = 0.5;

    /// <summary>Speculators: days the trend is measured over.</summary>
    [Min(1), Max(60)] public int MomentumDays { get; init; } = 5;

    /// <summary>Speculators: standard deviation of the noise in the signal.</summary>
    [Min(0), Max(1)] public double SignalNoise { get; init; } = 0.01;

    /// <summary>Speculators: the signal at which the position reaches about three quarters of its limit (tanh scale).</summary>
    [Positive, Max(1)] public double SignalScale { get; init; } = 0.02;

    /// <summary>Speculators: how far through the close an IOC order may pay (relative).</summary>
    [Min(0), Max(1)] public double Aggressiveness { get; init; } = 0.01;

    /// <summary>
    /// Consumers hedging for a town: how fully their hedge follows the town's use of the commodity
    /// (lots × (1 + weight × (use ÷ first day's use − 1))); 0 keeps a fixed size.
    /// </summary>
    [Min(0), Max(1)] public double ConsumptionWeight { get; init; } = 1;

    /// <summary>Every role: when called for margin, pay this share above the call.</summary>
    [Min(0), Max(10)] public double MarginBuffer { get; init; } = 0.25;
}
