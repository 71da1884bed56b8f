using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Model.Logistics;

/// <summary>
/// The network's headline figures from one run's KPI series: per route, China–Europe trains a week
/// and TEU a train, TIR trucks a year, trade value by country. The calibration test reads them
/// from plain sequential runs; `twin run` derives its figures from a study's statistics instead.
/// </summary>
public sealed record LogisticsFigures(int Days, IReadOnlyList<RouteFigures> Routes, IReadOnlyDictionary<string, double> TradeValueByCountry)
{
    public double Weeks => Days / 7.0;

    private IEnumerable<RouteFigures> Of(TransportMode mode) => Routes.Where(r => r.Mode == mode);

    /// <summary>China–Europe (rail) departures a week.</summary>
    public double TrainsPerWeek => Of(TransportMode.Rail).Sum(r => r.Departures) / Weeks;

    public double TeuPerTrain => Of(TransportMode.Rail).Sum(r => r.Departures) is var n and > 0 ? Of(TransportMode.Rail).Sum(r => r.Teu) / n : 0;

    /// <summary>TIR road departures, scaled to a 365-day year.</summary>
    public double TirTrucksPerYear => Of(TransportMode.Road).Sum(r => r.Departures) * 365.0 / Days;

    public static LogisticsFigures From(Scenario scenario, IReadOnlyList<KpiSeries> series)
    {
        var byId = series.ToDictionary(s => s.EntityId, StringComparer.Ordinal);
        int days = series.Count == 0 ? 0 : series.Max(s => s.Days);
        var routes = scenario.Routes.Where(r => byId.ContainsKey(r.Id)).Select(r => Route(r, byId[r.Id])).ToArray();
        var trade = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var country in scenario.Countries)
        {
            double value = 0;
            foreach (var d in scenario.Destinations)
            {
                if (!byId.TryGetValue(d.Id, out var s)) continue;
                value += Math.Max(0, s.Sum(DestinationKpis.CountryPrefix + country.Id) is var v && double.IsNaN(v) ? 0 : v);
                if (d.Country == country.Id) value += s.Sum("import_value_cny");
            }
            trade[country.Id] = value;
        }
        return new LogisticsFigures(days, routes, trade);
    }

    private static RouteFigures Route(RouteSpec spec, KpiSeries s)
    {
        double departures = s.Sum("departures");
        double units = 0, transitWeighted = 0, arrived = 0;
        var load = s.Series("load_factor");
        var deps = s.Series("departures");
        var transit = s.Series("transit_days_mean");
        var teuArrived = s.Series("teu_arrived");
        for (int d = 0; d < s.Days; d++)
        {
            units += load[d] * deps[d];
            transitWeighted += transit[d] * teuArrived[d];
            arrived += teuArrived[d];
        }
        return new RouteFigures(spec.Id, spec.Mode, departures, s.Sum("teu_departed"), s.Sum("tonnes_departed"), s.Sum("value_departed_cny"),
            departures > 0 ? units / departures : 0, s.Last("backlog_teu"), arrived > 0 ? transitWeighted / arrived : 0);
    }
}
