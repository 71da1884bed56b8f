using Twin.Model.Kernel;

namespace Twin.Model.Markets;

/// <summary>The KPIs a market records every day, and their positions in its KPI row.</summary>
public static class MarketKpis
{
    public const int Fundamental = 0;
    public const int Close = 1;
    public const int Vwap = 2;
    public const int VolumeLots = 3;
    public const int Notional = 4;
    public const int NotionalUsd = 5;
    public const int Trades = 6;
    public const int AuctionPrice = 7;
    public const int AuctionLots = 8;
    public const int BestBid = 9;
    public const int BestAsk = 10;
    public const int Spread = 11;
    public const int SpreadBps = 12;
    public const int DepthBidLots = 13;
    public const int DepthAskLots = 14;
    public const int RealisedVolatility = 15;
    public const int TrackingError = 16;
    public const int Orders = 17;
    public const int Cancels = 18;
    public const int RejectedOrders = 19;
    public const int RestingOrders = 20;
    public const int Closed = 21;
    public const int LastPrice = 22;
    public const int Basis = 23;
    public const int Expiries = 24;
    public const int ExpiryBasis = 25;
    public const int HedgeEffectiveness = 26;
    public const int HedgeWeight = 27;
    public const int Halts = 28;
    public const int ClosingAuctionPrice = 29;
    public const int ClosingAuctionLots = 30;
    public const int SelfTradeCancels = 31;
    public const int PositionLimitRejects = 32;

    private const KpiDirection Higher = KpiDirection.HigherIsBetter, Lower = KpiDirection.LowerIsBetter, Neutral = KpiDirection.Neutral;

    /// <summary>Prices are in the market's unit and notional in its currency; NaN where a day has no such value (no trade, an empty side).</summary>
    public static readonly IReadOnlyList<KpiInfo> Definitions =
    [
        Kpi.Level("fundamental", "price", Neutral, "the commodity's fundamental price"),
        Kpi.Level("close", "price", Neutral, "settlement price of the day (on an expiry day the final settlement: the spot index)", headline: true),
        Kpi.PerEvent("vwap", "price", Neutral, "volume_lots", "volume-weighted average price of the trades", headline: true),
        Kpi.Flow("volume_lots", "lots", Higher, "lots traded", headline: true),
        Kpi.Flow("notional", "currency", Higher, "value traded, in the market's currency"),
        Kpi.Flow("notional_usd", "USD", Higher, "value traded"),
        Kpi.Flow("trades", "trades", Higher, "trades executed"),
        Kpi.PerEvent("auction_price", "price", Neutral, "auction_lots", "price of the opening call auction"),
        Kpi.Flow("auction_lots", "lots", Higher, "lots matched in the opening call auction"),
        Kpi.Level("best_bid", "price", Neutral, "best bid at the close"),
        Kpi.Level("best_ask", "price", Neutral, "best offer at the close"),
        Kpi.Level("spread", "price", Lower, "bid-ask spread at the close"),
        Kpi.Level("spread_bps", "bp", Lower, "bid-ask spread at the close", headline: true),
        Kpi.Level("depth_bid_lots", "lots", Higher, "lots bid at the best price"),
        Kpi.Level("depth_ask_lots", "lots", Higher, "lots offered at the best price"),
        Kpi.Level("realised_volatility", "share", Lower, "realised daily volatility of the close"),
        Kpi.Level("tracking_error", "share", Neutral, "signed gap of the close from the fundamental, relative (its mean is the bias)"),
        Kpi.Flow("orders", "orders", Higher, "orders received"),
        Kpi.Flow("cancels", "orders", Neutral, "orders cancelled"),
        Kpi.Flow("rejected_orders", "orders", Lower, "orders rejected"),
        Kpi.Level("resting_orders", "orders", Higher, "orders resting in the book at the close"),
        Kpi.Closed("the market"),
        Kpi.Level("last_price", "price", Neutral, "traded close: the last trade, kept within the best bid and offer left"),
        Kpi.Level("basis", "price", Neutral, "settlement price minus spot (the fundamental); 0 within half a tick at expiry"),
        Kpi.Flow("expiries", "contracts", Neutral, "contracts that expired (final settlement against spot)"),
        Kpi.PerEvent("expiry_basis", "share", Neutral, "expiries", "traded close minus spot on the last trading day, relative: how far trading converged before the final settlement"),
        Kpi.PerEvent("hedge_effectiveness", "share", Higher, "hedge_weight", "1 − Σr²/Σm² over the contracts that expired: the share of the spot move a futures hedge offset", headline: true),
        Kpi.PerEvent("hedge_weight", "share²", Neutral, "expiries", "the squared relative spot move over an expiring contract's life, which weights its hedge effectiveness"),
        Kpi.Flow("halts", "halts", Lower, "volatility interruptions: orders the dynamic band stopped, each followed by a reopening auction"),
        Kpi.PerEvent("closing_auction_price", "price", Neutral, "closing_auction_lots", "price of the closing auction, which is then the settlement price"),
        Kpi.Flow("closing_auction_lots", "lots", Higher, "lots matched in the closing auction"),
        Kpi.Flow("self_trade_cancels", "orders", Neutral, "incoming orders cut short by self-trade prevention (cancel newest)"),
        Kpi.Flow("position_limit_rejects", "orders", Neutral, "orders refused because they could take the member past its position limit"),
    ];

    public static readonly IReadOnlyList<string> Names = Definitions.Select(d => d.Name).ToArray();
}
