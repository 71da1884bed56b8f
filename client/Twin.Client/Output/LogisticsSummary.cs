using Twin.Model.Scenarios;

namespace Twin.Client.Output;

/// <summary>
/// The logistics network for a run: its routes, hubs and warehouses and trade by country (each a
/// KPI's per-run aggregate averaged over replications), and the docs/zone.md figures derived from
/// the rail and road totals.
/// </summary>
/// <param name="TrainsPerWeek">Rail departures (total over the run) a week.</param>
/// <param name="TeuPerTrain">Rail TEU departed over rail departures, both totals over the run.</param>
/// <param name="TirTrucksPerYear">Road departures (total over the run) scaled to a 365-day year.</param>
public sealed record LogisticsSummary(
    double TrainsPerWeek,
    double TeuPerTrain,
    double TirTrucksPerYear,
    IReadOnlyList<RouteSummary> Routes,
    IReadOnlyList<HandlingSummary> Handling,
    IReadOnlyList<CountryTrade> TradeByCountry)
{
    /// <summary>Null when the scenario has no routes.</summary>
    public static LogisticsSummary? From(Scenario scenario, int days, RunKpis kpis)
    {
        if (scenario.Routes.Count == 0) return null;
        string[] Of(TransportMode mode) => scenario.Routes.Where(r => r.Mode == mode).Select(r => r.Id).ToArray();
        var rail = Of(TransportMode.Rail);
        double trains = kpis.Total(rail, "departures");
        return new LogisticsSummary(
            trains / (days / 7.0),
            RunKpis.Ratio(kpis.Total(rail, "teu_departed"), trains),
            kpis.Total(Of(TransportMode.Road), "departures") * 365.0 / days,
            scenario.Routes.Select(r => RouteSummary.Of(r, kpis)).ToArray(),
            HandlingSummary.From(scenario, kpis),
            CountryTrade.From(scenario, kpis));
    }
}
