namespace Twin.Model.Scenarios;

/// <summary>
/// One market of the asset trading platform: a commodity's order book. It trades a cash-settled
/// contract in whole lots, marked to market every day at the settlement price (the close) by the
/// clearing house; each contract expires after <see cref="ContractDays"/> days and the next one
/// takes its place.
/// </summary>
public sealed class MarketSpec
{
    [EntityId] public required string Id { get; init; }

    public string Name { get; init; } = "";

    /// <summary>The price unit, for people: `USD/bbl`.</summary>
    public string Unit { get; init; } = "";

    /// <summary>The currency prices, margins and settlement are in.</summary>
    [InitialCondition] public required Currency Currency { get; init; }

    /// <summary>The smallest price step; every limit price is a whole number of ticks.</summary>
    [InitialCondition, Positive] public required double TickSize { get; init; }

    /// <summary>Units of the commodity in one lot (1,000 bbl); quantities are whole lots.</summary>
    [InitialCondition, Positive] public required double LotSize { get; init; }

    public string LotUnit { get; init; } = "";

    /// <summary>The lowest limit price the book accepts (and where a mean-reverting fundamental stops).</summary>
    public double? PriceFloor { get; init; }

    /// <summary>The highest limit price the book accepts.</summary>
    public double? PriceCap { get; init; }

    /// <summary>Initial margin as a share of a position's notional at the settlement price.</summary>
    [Min(0), Max(1)] public required double InitialMarginRate { get; init; }

    /// <summary>
    /// A contract's life: contracts expire at the end of every n-th day (days n - 1, 2n - 1, ...),
    /// when open positions are cash-settled at the settlement price. 1 means daily contracts.
    /// </summary>
    [InitialCondition, Min(1), Max(365)] public int ContractDays { get; init; } = 30;

    public required FundamentalSpec Fundamental { get; init; }

    /// <summary>Price collars, the dynamic band and halts, the closing auction, self-trade prevention and position limits.</summary>
    public ExchangeRulesSpec Rules { get; init; } = new();

    /// <summary>
    /// The live twin: how far an observed price pulls the fundamental towards it (0: not at all,
    /// 1: all the way), the rest being the model's own belief.
    /// </summary>
    [Min(0), Max(1)] public double ObservationWeight { get; init; } = 0.5;
}
