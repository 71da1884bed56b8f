using Twin.Model.Scenarios;

namespace Twin.Client.Output;

/// <summary>One market's KPIs for a run (prices in the market's currency and unit).</summary>
/// <param name="Notional">In the market's currency.</param>
/// <param name="Vwap">Volume-weighted average price over the run: notional over lots traded, both totals; NaN if nothing traded.</param>
public sealed record MarketSummary(
    string Market, string Currency, string Unit, double VolumeLots, double Notional, double NotionalUsd, double Vwap,
    double Close, double Fundamental, double SpreadBps, double Trades, double TrackingError)
{
    public static IReadOnlyList<MarketSummary> From(Scenario scenario, RunKpis kpis) =>
        scenario.Markets.Select(m =>
        {
            double lots = kpis.Mean(m.Id, "volume_lots"), notional = kpis.Mean(m.Id, "notional");
            return new MarketSummary(m.Id, Currencies.Code(m.Currency).ToUpperInvariant(), m.Unit,
                lots, notional, kpis.Mean(m.Id, "notional_usd"), RunKpis.Ratio(notional, lots * m.LotSize),
                kpis.Mean(m.Id, "close"), kpis.Mean(m.Id, "fundamental"), kpis.Mean(m.Id, "spread_bps"),
                kpis.Mean(m.Id, "trades"), kpis.Mean(m.Id, "tracking_error"));
        }).ToArray();
}
