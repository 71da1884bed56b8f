using Twin.Cli.Rendering;
using Twin.Client.Output;
using Twin.Client.Runs;

namespace Twin.Cli.Commands;

/// <summary>The trading platform's part of the run summary: a table of the markets and a line for the clearing house.</summary>
public static class MarketSummaryTables
{
    public static void Write(RunSetResults results, TextWriter output)
    {
        var markets = MarketSummary.From(results);
        if (markets.Count == 0) return;
        output.WriteLine();
        output.WriteLine("Markets (volume and notional summed over the run; spread: mean at the close, on days with bids and offers):");
        var table = new TextTable("market", "volume lots", "notional m", "VWAP", "close", "fundamental", "spread bp", "two-sided", "trades", "tracking");
        foreach (var m in markets)
            table.Add(m.Market, Numbers.Whole(m.VolumeLots), $"{m.Currency} {Numbers.Millions(m.Notional)}", Numbers.Fixed(m.Vwap ?? double.NaN, 2),
                Numbers.Fixed(m.LastClose, 2), Numbers.Fixed(m.LastFundamental, 2), Numbers.Fixed(m.SpreadBps ?? double.NaN, 1),
                Numbers.Fixed(m.TwoSidedShare * 100, 0) + "%", Numbers.Whole(m.Trades), Numbers.Fixed(m.TrackingError * 100, 2) + "%");
        table.Rule();
        table.Add("total", Numbers.Whole(markets.Sum(m => m.VolumeLots)), $"USD {Numbers.Millions(markets.Sum(m => m.NotionalUsd))}", "", "", "", "", "",
            Numbers.Whole(markets.Sum(m => m.Trades)), "");
        table.Write(output);

        if (ClearingSummary.From(results) is not { } c) return;
        output.WriteLine();
        output.WriteLine($"Clearing house: fees {c.FeeCurrency} {Numbers.Millions(c.FeeRevenue)} m (USD {Numbers.Millions(c.FeeRevenueUsd)} m), " +
                         $"{Numbers.Whole(c.MarginCalls)} margin calls, {Numbers.Whole(c.SettlementFails)} settlement fails, {Numbers.Whole(c.Defaults)} defaults " +
                         $"(USD {Numbers.Millions(c.DefaultLossesUsd)} m of losses absorbed), peak initial margin USD {Numbers.Millions(c.PeakInitialMarginUsd)} m");
    }
}
