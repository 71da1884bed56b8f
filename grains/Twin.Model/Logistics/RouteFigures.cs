using System.Text.Json.Serialization;
using Twin.Model.Scenarios;

namespace Twin.Model.Logistics;

/// <summary>One route over a run: totals, and the backlog on its last day.</summary>
/// <param name="LoadFactor">Mean share of capacity used per departure.</param>
/// <param name="MeanTransitDays">TEU-weighted mean transit time of its arrivals.</param>
public sealed record RouteFigures(string Route, [property: JsonConverter(typeof(JsonStringEnumConverter<TransportMode>))] TransportMode Mode, double Departures, double Teu, double Tonnes, double ValueCny,
    double LoadFactor, double BacklogTeu, double MeanTransitDays);
