using Twin.Model.Scenarios;

namespace Twin.Client.Live;

/// <summary>
/// One observed event of the real zone, as the HTTP API and `twin observe` take it (one JSON
/// object; a batch is an array, a file is one object per line). Which fields apply depends on
/// the type; docs/live-twin.md lists them.
/// </summary>
public sealed class ObservationSpec
{
    public required ObservationType Type { get; init; }

    /// <summary>The calendar day it happened.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>Departures and arrivals: the route id, such as `rail-moscow`.</summary>
    public string? Route { get; init; }

    [Min(0)] public double? Teu { get; init; }

    [Min(0)] public double? Tonnes { get; init; }

    /// <summary>Trades and quotes: the market id, such as `crude-oil`.</summary>
    public string? Market { get; init; }

    [Positive] public double? Price { get; init; }

    [Positive] public double? Quantity { get; init; }

    /// <summary>Class enrolments: the programme id.</summary>
    public string? Programme { get; init; }

    /// <summary>Class enrolments: trainees by country id.</summary>
    public IReadOnlyDictionary<string, int>? Trainees { get; init; }

    [MaxLength(500)] public string Note { get; init; } = "";
}

/// <summary>The kinds of observed events.</summary>
public enum ObservationType
{
    /// <summary>A train, truck or flight left: route, date, and TEU or tonnes.</summary>
    Departure,

    /// <summary>A train, truck or flight arrived at its destination: route, date, and TEU or tonnes.</summary>
    Arrival,

    /// <summary>A trade was executed on the platform: market, date, price and quantity (lots).</summary>
    Trade,

    /// <summary>A price was quoted: market, date, price.</summary>
    Quote,

    /// <summary>A class enrolled trainees: programme, date, trainees by country.</summary>
    Enrolment,
}
