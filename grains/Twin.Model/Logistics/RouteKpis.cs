namespace Twin.Model.Logistics;

/// <summary>The KPIs a route records every day, and their positions in its KPI row.</summary>
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
    public const int Flows = 25;

    public static readonly IReadOnlyList<string> Names =
    [
        "departures", "departures_cancelled", "departures_held", "teu_departed", "tonnes_departed", "value_departed_cny",
        "load_factor", "max_load_units", "capacity_units", "backlog_teu", "backlog_units", "in_transit_teu",
        "arrivals", "teu_arrived", "transit_days_mean", "transit_days_p95", "on_time_share", "cost_per_teu_cny",
        "expected_wait_days", "border_wait_days",
        "return_departures", "return_teu_departed", "return_backlog_teu", "return_teu_arrived", "closed",
        .. FlowTally.Names,
    ];
}
