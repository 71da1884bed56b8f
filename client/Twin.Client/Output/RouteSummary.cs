using System.Text.Json.Serialization;
using Twin.Model.Scenarios;

namespace Twin.Client.Output;

/// <summary>One route's KPIs for a run.</summary>
public sealed record RouteSummary(string Route, [property: JsonConverter(typeof(JsonStringEnumConverter<TransportMode>))] TransportMode Mode,
    double Departures, double Teu, double Tonnes, double LoadFactor, double BacklogTeu, double TransitDays)
{
    public static RouteSummary Of(RouteSpec route, RunKpis kpis) => new(route.Id, route.Mode,
        kpis.Mean(route.Id, "departures"), kpis.Mean(route.Id, "teu_departed"), kpis.Mean(route.Id, "tonnes_departed"),
        kpis.Mean(route.Id, "load_factor"), kpis.Mean(route.Id, "backlog_teu"), kpis.Mean(route.Id, "transit_days_mean"));
}
