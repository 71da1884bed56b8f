using Twin.Model.Kernel;

namespace Twin.Model.Markets;

/// <summary>What the trading platform's KPIs mean: units, how they add up over a run, which way is better.</summary>
public static class MarketKpiInfo
{
    private static KpiInfo Level(string name, string unit, KpiDirection better, string description, bool headline = false) =>
        new(name, unit, KpiAggregation.Mean, better, description, headline);

    private static KpiInfo Flow(string name, string unit, KpiDirection better, string description, bool headline = false) =>
        new(name, unit, KpiAggregation.Sum, better, description, headline);

    public static readonly IReadOnlyList<KpiInfo> Markets =
    [
        Level("fundamental", "price", KpiDirection.Neutral, "the commodity's fundamental price"),
        Level("close", "price", KpiDirection.Neutral, "settlement price of the day", headline: true),
        Level("vwap", "price", KpiDirection.Neutral, "volume-weighted average price of the day's trades", headline: true),
        Flow("volume_lots", "lots", KpiDirection.HigherIsBetter, "lots traded", headline: true),
        Flow("notional", "currency", KpiDirection.HigherIsBetter, "value traded, in the market's currency"),
        Flow("notional_usd", "USD", KpiDirection.HigherIsBetter, "value traded"),
        Flow("trades", "trades", KpiDirection.HigherIsBetter, "trades executed"),
        Level("spread_bps", "bp", KpiDirection.LowerIsBetter, "bid-ask spread at the close", headline: true),
        Level("depth_bid_lots", "lots", KpiDirection.HigherIsBetter, "lots bid at the best price"),
        Level("depth_ask_lots", "lots", KpiDirection.HigherIsBetter, "lots offered at the best price"),
        Level("realised_volatility", "share", KpiDirection.LowerIsBetter, "realised daily volatility of the close"),
        Level("tracking_error", "share", KpiDirection.LowerIsBetter, "distance of the close from the fundamental"),
    ];

    public static readonly IReadOnlyList<KpiInfo> Participants =
    [
        new("equity_usd", "USD", KpiAggregation.Last, KpiDirection.HigherIsBetter, "the member's equity at the clearing house"),
        new("pnl_usd", "USD", KpiAggregation.Sum, KpiDirection.HigherIsBetter, "profit and loss of the day", true),
        Level("initial_margin_usd", "USD", KpiDirection.Neutral, "initial margin held"),
        Flow("margin_calls", "calls", KpiDirection.LowerIsBetter, "margin calls received"),
        new("defaulted", "flag", KpiAggregation.Last, KpiDirection.LowerIsBetter, "1 once the member has defaulted"),
    ];

    public static readonly IReadOnlyList<KpiInfo> Clearing =
    [
        Flow("variation_margin_usd", "USD", KpiDirection.Neutral, "variation margin moved"),
        Flow("payments_usd", "USD", KpiDirection.Neutral, "margin payments received", headline: true),
        Flow("settlement_fails", "fails", KpiDirection.LowerIsBetter, "settlements that failed", headline: true),
        Flow("defaults", "members", KpiDirection.LowerIsBetter, "members declared in default"),
        new("fee_revenue", "currency", KpiAggregation.Last, KpiDirection.HigherIsBetter, "platform fee revenue so far, in the fee currency"),
        new("fee_revenue_usd", "USD", KpiAggregation.Last, KpiDirection.HigherIsBetter, "platform fee revenue so far", true),
        new("default_fund_usd", "USD", KpiAggregation.Last, KpiDirection.HigherIsBetter, "what is left of the default fund"),
        // The default waterfall's layers, each the loss it has absorbed since the start of the run.
        Loss("loss_defaulter_margin_usd", "the defaulters' margin"),
        Loss("loss_defaulter_fund_usd", "the defaulters' default fund contributions"),
        Loss("loss_skin_usd", "the clearing house's skin in the game"),
        Loss("loss_survivors_fund_usd", "the surviving members' default fund contributions"),
        Loss("loss_capital_usd", "the clearing house's capital"),
    ];

    private static KpiInfo Loss(string name, string layer) =>
        new(name, "USD", KpiAggregation.Last, KpiDirection.LowerIsBetter, $"default losses {layer} absorbed so far");
}
