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

    /// <summary>Prices are in the market's unit and notional in its currency; NaN where a day has no such value (no trade, an empty side).</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "fundamental", "close", "vwap", "volume_lots", "notional", "notional_usd", "trades", "auction_price", "auction_lots",
        "best_bid", "best_ask", "spread", "spread_bps", "depth_bid_lots", "depth_ask_lots", "realised_volatility",
        "tracking_error", "orders", "cancels", "rejected_orders", "resting_orders", "closed",
    ];
}
