using Twin.Silo.Zone;

namespace Twin.Silo.Telemetry;

/// <summary>
/// What the live twin's metrics read: its clock, the map of its scenario, and each entity's latest
/// values and running totals. Immutable: a refresh builds a new one and swaps it in.
/// </summary>
/// <param name="DaysDone">Days the live run has stepped; its latest day is <c>DaysDone - 1</c>.</param>
/// <param name="DaysCounted">Days this silo has added to the counters since it started (or since the live run restarted).</param>
public sealed record LiveSnapshot(
    bool Running,
    int DaysDone,
    DateOnly Today,
    double DaysPerMinute,
    long DaysCounted,
    ZoneMap Map,
    IReadOnlyList<LiveEntityValues> Entities)
{
    public static readonly LiveSnapshot Empty = new(false, 0, default, 0, 0, ZoneMap.Empty, []);
}
