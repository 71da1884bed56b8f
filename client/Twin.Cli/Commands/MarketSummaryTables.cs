using Twin.Cli.Rendering;
using Twin.Client.Output;
using Twin.Model.Markets;
using Twin.Model.Markets.Clearing;

namespace Twin.Cli.Commands;

/// <summary>The trading platform's part of the run summary: a table of the markets and a line for the clearing house.</summary>
public static class MarketSummaryTables
{
    public static void Write(IReadOnlyList<MarketSummary> markets, ClearingSummary? clearing, TextWriter output)
    {
        if (markets.Count == 0) return;
        output.WriteLine();
        output.WriteLine("Markets (VWAP: notional over lots traded in the run; spread: at the close, on days with bids and offers):");
        string H(string title, string kpi) => KpiHeader.Of(title, MarketKind.Name, kpi);
        var table = new TextTable("market", H("volume lots", "volume_lots"), H("notional m", "notional"), "VWAP", H("close", "close"),
            H("fundamental", "fundamental"), H("spread bp", "spread_bps"), H("trades", "trades"), H("tracking", "tracking_error"));
        foreach (var m in markets)
            table.Add(m.Market, Numbers.Whole(m.VolumeLots), $"{m.Currency} {Numbers.Millions(m.Notional)}", Numbers.Fixed(m.Vwap, 2),
                Numbers.Fixed(m.Close, 2), Numbers.Fixed(m.Fundamental, 2), Numbers.Fixed(m.SpreadBps, 1),
                Numbers.Whole(m.Trades), Numbers.Fixed(m.TrackingError * 100, 2) + "%");
        table.Rule();
        table.Add("total", Numbers.Whole(markets.Sum(m => m.VolumeLots)), $"USD {Numbers.Millions(markets.Sum(m => m.NotionalUsd))}", "", "", "", "",
            Numbers.Whole(markets.Sum(m => m.Trades)), "");
        table.Write(output);

        if (clearing is not { } c) return;
        string W(string kpi) => KpiHeader.Word(ClearingKind.Name, kpi);
        output.WriteLine();
        output.WriteLine($"Clearing house: fees {c.FeeCurrency} {Numbers.Millions(c.FeeRevenue)} m ({W("fee_revenue")}; USD {Numbers.Millions(c.FeeRevenueUsd)} m), " +
                         $"{Numbers.Whole(c.MarginCalls)} margin calls ({W("margin_calls")}), {Numbers.Whole(c.SettlementFails)} settlement fails ({W("settlement_fails")}), " +
                         $"{Numbers.Whole(c.Defaults)} defaults ({W("defaults")}), USD {Numbers.Millions(c.DefaultLossesUsd)} m of losses absorbed " +
                         $"({W(ClearingKpis.WaterfallLossNames[0])}), initial margin USD {Numbers.Millions(c.InitialMarginUsd)} m ({W("initial_margin_usd")})");
    }
}
