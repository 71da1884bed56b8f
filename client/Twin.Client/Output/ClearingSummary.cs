using Twin.Client.Runs;
using Twin.Model.Markets.Clearing;
using Twin.Model.Scenarios;

namespace Twin.Client.Output;

/// <summary>The clearing house's year for a set of runs, averaged over replications (counts summed over the run).</summary>
/// <param name="FeeRevenue">Fees collected by the end, in <paramref name="FeeCurrency"/>.</param>
/// <param name="DefaultLossesUsd">Losses the default waterfall absorbed, all layers.</param>
public sealed record ClearingSummary(
    string FeeCurrency, double FeeRevenue, double FeeRevenueUsd, double MarginCalls, double SettlementFails, double Defaults,
    double PeakInitialMarginUsd, double VariationMarginUsd, double DefaultLossesUsd)
{
    public static ClearingSummary? From(RunSetResults results)
    {
        var spec = results.Scenario.Scenario.Clearing;
        if (spec is null || results.Scenario.Scenario.Markets.Count == 0) return null;
        var runs = results.Runs.Select(r => r.Series.First(s => s.Kind == ClearingKind.Name)).ToArray();
        return new ClearingSummary(
            Currencies.Code(spec.FeeCurrency).ToUpperInvariant(),
            runs.Average(s => s.Last("fee_revenue")),
            runs.Average(s => s.Last("fee_revenue_usd")),
            runs.Average(s => s.Sum("margin_calls")),
            runs.Average(s => s.Sum("settlement_fails")),
            runs.Average(s => s.Sum("defaults")),
            runs.Average(s => s.Series("initial_margin_usd").DefaultIfEmpty(0).Max()),
            runs.Average(s => s.Sum("variation_margin_usd")),
            runs.Average(s => ClearingKpis.WaterfallLossNames.Sum(s.Last)));
    }
}
