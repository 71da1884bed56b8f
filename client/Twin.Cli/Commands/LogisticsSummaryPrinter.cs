using Twin.Cli.Rendering;
using Twin.Client.Output;
using Twin.Model.Scenarios;

namespace Twin.Cli.Commands;

/// <summary>The logistics part of the `twin run` summary: routes, hubs and warehouses, trade by country.</summary>
public static class LogisticsSummaryPrinter
{
    public static void Write(LogisticsSummary? summary, int replications, TextWriter output)
    {
        if (summary is null) return;
        string mean = replications == 1 ? "" : "means over replications; ";
        output.WriteLine();
        output.WriteLine($"Routes ({mean}summed over the run; backlog on the last day): " +
                         $"{Numbers.Fixed(summary.TrainsPerWeek, 1)} China-Europe trains a week, {Numbers.Fixed(summary.TeuPerTrain, 1)} TEU a train, " +
                         $"{Numbers.Whole(summary.TirTrucksPerYear)} TIR trucks a year");
        var routes = new TextTable("route", "mode", "departures", "TEU", "tonnes", "load factor", "backlog TEU", "mean transit d");
        foreach (var r in summary.Routes)
            routes.Add(r.Route, TransportModes.Key(r.Mode), Numbers.Whole(r.Departures), Numbers.Whole(r.Teu), Numbers.Whole(r.Tonnes),
                Numbers.Fixed(r.LoadFactor, 2), Numbers.Fixed(r.BacklogTeu, 1), Numbers.Fixed(r.MeanTransitDays, 1));
        routes.Write(output);

        output.WriteLine();
        output.WriteLine("Hubs and warehouses:");
        var nodes = new TextTable("hub / warehouse", "kind", "handled TEU", "mean use", "backlog TEU");
        foreach (var h in summary.Handling)
            nodes.Add(h.Entity, h.Kind, Numbers.Whole(h.HandledTeu), Numbers.Fixed(h.Utilization, 2), Numbers.Fixed(h.BacklogTeu, 1));
        nodes.Write(output);

        output.WriteLine();
        output.WriteLine("Trade by country (exports delivered + imports sent):");
        var trade = new TextTable("country", "trade CNY m");
        foreach (var c in summary.TradeByCountry) trade.Add(c.Country, Numbers.Millions(c.ValueCny));
        trade.Rule();
        trade.Add("total", Numbers.Millions(summary.TradeByCountry.Sum(c => c.ValueCny)));
        trade.Write(output);
    }
}
