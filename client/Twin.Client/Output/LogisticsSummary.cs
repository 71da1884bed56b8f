using Twin.Client.Runs;
using Twin.Model.Logistics;

namespace Twin.Client.Output;

/// <summary>The logistics network's figures for a set of runs, averaged over replications.</summary>
public sealed record LogisticsSummary(
    double TrainsPerWeek,
    double TeuPerTrain,
    double TirTrucksPerYear,
    IReadOnlyList<RouteFigures> Routes,
    IReadOnlyList<HandlingSummary> Handling,
    IReadOnlyList<CountryTrade> TradeByCountry)
{
    /// <summary>Null when the scenario has no routes.</summary>
    public static LogisticsSummary? From(RunSetResults results)
    {
        var scenario = results.Scenario.Scenario;
        if (scenario.Routes.Count == 0) return null;
        var runs = results.Runs.Select(r => LogisticsFigures.From(scenario, r.Series)).ToArray();
        var routes = runs[0].Routes.Select((r, i) => new RouteFigures(r.Route, r.Mode,
            runs.Average(f => f.Routes[i].Departures), runs.Average(f => f.Routes[i].Teu), runs.Average(f => f.Routes[i].Tonnes),
            runs.Average(f => f.Routes[i].ValueCny), runs.Average(f => f.Routes[i].LoadFactor), runs.Average(f => f.Routes[i].BacklogTeu),
            runs.Average(f => f.Routes[i].MeanTransitDays))).ToArray();
        var trade = scenario.Countries
            .Select(c => new CountryTrade(c.Id, runs.Average(f => f.TradeValueByCountry[c.Id])))
            .Where(c => c.ValueCny > 0)
            .OrderByDescending(c => c.ValueCny)
            .ToArray();
        return new LogisticsSummary(runs.Average(f => f.TrainsPerWeek), runs.Average(f => f.TeuPerTrain), runs.Average(f => f.TirTrucksPerYear),
            routes, HandlingSummary.From(results), trade);
    }
}

/// <summary>Exports delivered into a country plus imports it sent, CNY, summed over the run.</summary>
public sealed record CountryTrade(string Country, double ValueCny);

/// <summary>A hub or warehouse over a run: TEU handled, mean use of its capacity, backlog on the last day.</summary>
public sealed record HandlingSummary(string Entity, string Kind, double HandledTeu, double Utilization, double BacklogTeu)
{
    public static IReadOnlyList<HandlingSummary> From(RunSetResults results)
    {
        var ids = results.Runs[0].Series.Where(s => s.Kind is HubKind.Name or WarehouseKind.Name).Select(s => (s.EntityId, s.Kind)).ToArray();
        return ids.Select(id =>
        {
            var series = results.Runs.Select(r => r.Series.First(s => s.EntityId == id.EntityId)).ToArray();
            return new HandlingSummary(id.EntityId, id.Kind,
                series.Average(s => s.Sum("handled_teu")),
                series.Average(s => s.Days > 0 ? s.Sum("utilization") / s.Days : 0),
                series.Average(s => s.Last("backlog_teu")));
        }).ToArray();
    }
}
