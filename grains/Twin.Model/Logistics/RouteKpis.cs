using Twin.Model.Kernel;

namespace Twin.Model.Logistics;

/// <summary>The KPIs a route records every day, their declarations, and their positions in its KPI row.</summary>
public static class RouteKpis
{
    public const int Departures = 0;
    public const int Cancelled = 1;
    public const int Held = 2;
    public const int TeuDeparted = 3;
    public const int TonnesDeparted = 4;
    public const int ValueDeparted = 5;
    public const int LoadFactor = 6;
    public const int MaxLoadUnits = 7;
    public const int CapacityUnits = 8;
    public const int BacklogTeu = 9;
    public const int BacklogUnits = 10;
    public const int InTransitTeu = 11;
    public const int Arrivals = 12;
    public const int TeuArrived = 13;
    public const int TransitMean = 14;
    public const int TransitP95 = 15;
    public const int OnTimeShare = 16;
    public const int CostPerTeu = 17;
    public const int WaitDays = 18;
    public const int BorderWaitDays = 19;
    public const int ReturnDepartures = 20;
    public const int ReturnTeuDeparted = 21;
    public const int ReturnBacklogTeu = 22;
    public const int ReturnTeuArrived = 23;
    public const int Closed = 24;
    public const int CapacityOffered = 25;
    public const int BorderCrossings = 26;
    public const int ScheduledDeparturesPerWeek = 27;
    public const int Flows = 28;

    private const KpiDirection Higher = KpiDirection.HigherIsBetter, Lower = KpiDirection.LowerIsBetter, Neutral = KpiDirection.Neutral;

    /// <summary>
    /// Per-event KPIs (load factor, transit, punctuality, cost) have no value on a day without
    /// their event, and over a window weigh each day by the flow they are a ratio of.
    /// </summary>
    public static readonly IReadOnlyList<KpiInfo> Definitions =
    [
        Kpi.Flow("departures", "departures", Higher, "trains, trucks or flights that left"),
        Kpi.Flow("departures_cancelled", "departures", Lower, "scheduled departures cancelled"),
        Kpi.Flow("departures_held", "departures", Lower, "departures held back to fill"),
        Kpi.Flow("teu_departed", "TEU", Higher, "TEU that left", headline: true),
        Kpi.Flow("tonnes_departed", "t", Higher, "tonnes that left"),
        Kpi.Flow("value_departed_cny", "CNY", Higher, "value that left"),
        Kpi.PerEvent("load_factor", "share", Higher, "capacity_offered_units", "cargo carried ÷ capacity offered by the departures"),
        Kpi.Max("max_load_units", "units", Neutral, "largest load of a departure (TEU or tonnes, as the route's capacity)"),
        Kpi.Level("capacity_units", "units", Higher, "capacity of one departure (TEU or tonnes)"),
        Kpi.Level("backlog_teu", "TEU", Lower, "cargo waiting to depart", headline: true),
        Kpi.Level("backlog_units", "units", Lower, "cargo waiting to depart, in the route's capacity unit"),
        Kpi.Level("in_transit_teu", "TEU", Neutral, "cargo on the way"),
        Kpi.Flow("arrivals", "arrivals", Higher, "vehicles that arrived"),
        Kpi.Flow("teu_arrived", "TEU", Higher, "TEU delivered at the far end"),
        Kpi.PerEvent("transit_days_mean", "days", Lower, "teu_arrived", "mean transit time of the arrivals, TEU-weighted"),
        Kpi.Quantile("transit_days_p95", "days", Lower, 0.95, "teu_arrived", "95th percentile transit time of the arrivals, TEU-weighted"),
        Kpi.PerEvent("on_time_share", "share", Higher, "arrivals", "share of arrivals on time"),
        Kpi.PerEvent("cost_per_teu_cny", "CNY/TEU", Lower, "teu_departed", "freight cost of carrying one TEU"),
        Kpi.Level("expected_wait_days", "days", Lower, "expected wait for a slot (backlog ÷ daily capacity)"),
        Kpi.PerEvent("border_wait_days", "days", Lower, "border_crossings", "wait at the border crossing of the vehicles that crossed"),
        Kpi.Flow("return_departures", "departures", Higher, "departures of the return leg"),
        Kpi.Flow("return_teu_departed", "TEU", Higher, "imports that left on the return leg"),
        Kpi.Level("return_backlog_teu", "TEU", Lower, "imports waiting for the return leg"),
        Kpi.Flow("return_teu_arrived", "TEU", Higher, "imports delivered by the return leg"),
        Kpi.Closed("the route"),
        Kpi.Flow("capacity_offered_units", "units", Higher, "capacity of the day's departures (departures × capacity)"),
        Kpi.Flow("border_crossings", "vehicles", Neutral, "outbound vehicles that crossed the border"),
        Kpi.Level("scheduled_departures_per_week", "departures/week", Higher, "departures a week in force: the schedule times the operator's capacity factor"),
        .. FlowTally.Definitions,
    ];

    public static readonly IReadOnlyList<string> Names = Definitions.Select(d => d.Name).ToArray();
}
