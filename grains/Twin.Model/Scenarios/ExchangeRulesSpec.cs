namespace Twin.Model.Scenarios;

/// <summary>
/// A market's trading protections (docs/model.md, "Exchange rules"). All are off unless set, so a
/// scenario without them trades as before; each is a lever.
/// </summary>
public sealed class ExchangeRulesSpec
{
    /// <summary>Market orders trade only within this share of the last trade price; the rest is cancelled (0: no collar).</summary>
    [Min(0), Max(1)] public double MarketCollar { get; init; }

    /// <summary>An order that would trade further than this share from the last trade price halts the market (0: no band).</summary>
    [Min(0), Max(1)] public double DynamicBand { get; init; }

    /// <summary>A halt lasts for this many of the day's messages after the one that caused it; then the reopening auction.</summary>
    [Min(1), Max(100000)] public int HaltMessages { get; init; } = 20;

    /// <summary>The last share of the day's messages (in arrival order) goes into a closing call whose auction sets the settlement price (0: no closing auction).</summary>
    [Min(0), Max(0.9)] public double ClosingCallShare { get; init; }

    /// <summary>An order that meets its owner's own resting order is cancelled from there (cancel newest).</summary>
    public bool SelfTradePrevention { get; init; }

    /// <summary>No member may hold more than this many lots long or short in the market's contract (0: no limit).</summary>
    [Min(0), Max(1e9)] public long PositionLimitLots { get; init; }
}
