using Twin.Model.Markets.Clearing;
using Twin.Model.Scenarios;

namespace Twin.Client.Output;

/// <summary>The clearing house's KPIs for a run.</summary>
/// <param name="FeeRevenue">In <paramref name="FeeCurrency"/>.</param>
/// <param name="DefaultLossesUsd">Losses the default waterfall absorbed, all layers.</param>
public sealed record ClearingSummary(
    string FeeCurrency, double FeeRevenue, double FeeRevenueUsd, double MarginCalls, double SettlementFails, double Defaults,
    double InitialMarginUsd, double VariationMarginUsd, double DefaultLossesUsd)
{
    /// <summary>Null when the scenario has no clearing house or no markets.</summary>
    public static ClearingSummary? From(Scenario scenario, RunKpis kpis)
    {
        if (scenario.Clearing is not { } spec || scenario.Markets.Count == 0) return null;
        double Kpi(string kpi) => kpis.Mean(spec.Id, kpi);
        return new ClearingSummary(
            Currencies.Code(spec.FeeCurrency).ToUpperInvariant(),
            Kpi("fee_revenue"), Kpi("fee_revenue_usd"), Kpi("margin_calls"), Kpi("settlement_fails"), Kpi("defaults"),
            Kpi("initial_margin_usd"), Kpi("variation_margin_usd"),
            ClearingKpis.WaterfallLossNames.Sum(Kpi));
    }
}
