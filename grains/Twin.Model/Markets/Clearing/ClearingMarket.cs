using Twin.Model.Markets.Messages;
using Twin.Model.Scenarios;

namespace Twin.Model.Markets.Clearing;

/// <summary>A market as the clearing house follows it: its settlement price and the day's trades to novate.</summary>
public sealed class ClearingMarket(int entity, MarketSpec spec)
{
    public int Entity { get; } = entity;

    public MarketSpec Spec { get; set; } = spec;

    /// <summary>The last settlement price (the start price before the first close).</summary>
    public double SettlementPrice { get; set; } = spec.Fundamental.Start;

    /// <summary>The last day the house sent a close-out order here (one in flight at a time).</summary>
    public int LastCloseOutDay { get; set; } = int.MinValue / 2;

    /// <summary>Today's market data, if it arrived.</summary>
    public MarketDataMessage? Data { get; set; }

    public List<TradeReportMessage> Trades { get; } = [];
}
