using Twin.Cli.Rendering;
using Twin.Client.Output;
using Twin.Model.Logistics;
using Twin.Model.Scenarios;

namespace Twin.Cli.Commands;

/// <summary>The logistics part of the `twin run` summary: routes, hubs and warehouses, trade by country.</summary>
public static class LogisticsSummaryPrinter
{
    public static void Write(LogisticsSummary? summary, TextWriter output)
    {
        if (summary is null) return;
        output.WriteLine();
        output.WriteLine($"Routes: {Numbers.Fixed(summary.TrainsPerWeek, 1)} China-Europe trains a week, {Numbers.Fixed(summary.TeuPerTrain, 1)} TEU a train, " +
                         $"{Numbers.Whole(summary.TirTrucksPerYear)} TIR trucks a year (from the rail and road totals)");
        string R(string title, string kpi) => KpiHeader.Of(title, RouteKind.Name, kpi);
        var routes = new TextTable("route", "mode", R("departures", "departures"), R("TEU", "teu_departed"), R("tonnes", "tonnes_departed"),
            R("load factor", "load_factor"), R("backlog TEU", "backlog_teu"), R("transit d", "transit_days_mean"));
        foreach (var r in summary.Routes)
            routes.Add(r.Route, TransportModes.Key(r.Mode), Numbers.Whole(r.Departures), Numbers.Whole(r.Teu), Numbers.Whole(r.Tonnes),
                Numbers.Fixed(r.LoadFactor, 2), Numbers.Fixed(r.BacklogTeu, 1), Numbers.Fixed(r.TransitDays, 1));
        routes.Write(output);

        output.WriteLine();
        output.WriteLine("Hubs and warehouses:");
        string N(string title, string kpi) => KpiHeader.Of(title, HubKind.Name, kpi);
        var nodes = new TextTable("hub / warehouse", "kind", N("handled TEU", "handled_teu"), N("use", "utilization"), N("backlog TEU", "backlog_teu"));
        foreach (var h in summary.Handling)
            nodes.Add(h.Entity, h.Kind, Numbers.Whole(h.HandledTeu), Numbers.Fixed(h.Utilization, 2), Numbers.Fixed(h.BacklogTeu, 1));
        nodes.Write(output);

        output.WriteLine();
        output.WriteLine("Trade by country (exports delivered + imports sent):");
        var trade = new TextTable("country", "trade CNY m (total)");
        foreach (var c in summary.TradeByCountry) trade.Add(c.Country, Numbers.Millions(c.ValueCny));
        trade.Rule();
        trade.Add("total", Numbers.Millions(summary.TradeByCountry.Sum(c => c.ValueCny)));
        trade.Write(output);
    }
}
