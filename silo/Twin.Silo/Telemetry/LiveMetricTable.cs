namespace Twin.Silo.Telemetry;

/// <summary>
/// Which KPIs of the live twin become Prometheus metrics, one entry per entity kind. A kind that
/// is not in the live scenario reports nothing, so a kind's entry can be written before its model
/// lands (the institute's programmes): its metrics appear once the kind runs. Names follow
/// Prometheus' conventions: `twin_{kind}_{what}_{unit}`, flows as counters (`_total`), levels as
/// gauges; every series carries `run="live"`.
/// </summary>
public static class LiveMetricTable
{
    private static LiveMetric Gauge(string kpi, string name, string help, string? gate = null) => new(kpi, name, LiveMetricType.Gauge, help, gate);

    /// <summary>A duration the model keeps in simulated days, exported in seconds as Prometheus wants.</summary>
    private static LiveMetric Days(string kpi, string name, string help, string? gate = null) => new(kpi, name, LiveMetricType.Gauge, help, gate, Scale: 86_400);

    private static LiveMetric Counter(string kpi, string name, string help) => new(kpi, name, LiveMetricType.Counter, help);

    public static readonly IReadOnlyList<LiveMetricKind> Kinds =
    [
        new("town", "town", [],
        [
            Gauge("population", "twin_town_population", "Residents of the town."),
            Gauge("labour_force", "twin_town_labour_force", "People of the town available for work."),
            Gauge("jobs", "twin_town_jobs", "Workers employed by the town's firms."),
            Gauge("unemployment_rate", "twin_town_unemployment_ratio", "Unemployed share of the labour force."),
            Gauge("firms", "twin_town_firms", "Firms in business in the town."),
            Gauge("closed", "twin_town_closed", "1 while the town is closed by an intervention."),
            Counter("output_cny", "twin_town_output_cny", "Value of the town's output, CNY."),
            Counter("export_value_cny", "twin_town_export_value_cny", "Value of the town's export orders, CNY."),
            Counter("export_teu", "twin_town_export_teu", "The town's export orders in TEU."),
            Counter("firm_births", "twin_town_firm_births", "New firms in the town."),
            Counter("firm_exits", "twin_town_firm_exits", "Firms of the town that closed."),
        ]),
        new("route", "route", ["mode"],
        [
            Counter("departures", "twin_route_departures", "Trains, trucks or flights that left."),
            Counter("departures_cancelled", "twin_route_departures_cancelled", "Scheduled departures cancelled."),
            Counter("teu_departed", "twin_route_teu_departed", "TEU that left on the route."),
            Counter("tonnes_departed", "twin_route_tonnes_departed", "Tonnes that left on the route."),
            Counter("arrivals", "twin_route_arrivals", "Vehicles that arrived at the far end."),
            Counter("teu_arrived", "twin_route_teu_arrived", "TEU delivered at the far end."),
            Gauge("backlog_teu", "twin_route_backlog_teu", "Cargo waiting to depart, TEU."),
            Gauge("in_transit_teu", "twin_route_in_transit_teu", "Cargo on the way, TEU."),
            Gauge("load_factor", "twin_route_load_factor_ratio", "Share of capacity used by the latest departures.", gate: "departures"),
            Days("transit_days_mean", "twin_route_transit_seconds", "Mean transit time of the latest arrivals (simulated time).", gate: "arrivals"),
            Days("expected_wait_days", "twin_route_expected_wait_seconds", "Expected wait for a slot (simulated time)."),
            Gauge("closed", "twin_route_closed", "1 while the route is closed by an intervention."),
        ]),
        new("hub", "hub", ["town"],
        [
            Counter("handled_teu", "twin_hub_handled_teu", "TEU handled by the hub."),
            Counter("received_teu", "twin_hub_received_teu", "TEU received by the hub."),
            Gauge("backlog_teu", "twin_hub_backlog_teu", "Cargo waiting at the hub, TEU."),
            Gauge("utilization", "twin_hub_utilization_ratio", "Share of the hub's handling capacity used."),
            Days("oldest_shipment_age_days", "twin_hub_oldest_shipment_age_seconds", "Age of the oldest shipment waiting at the hub (simulated time)."),
        ]),
        new("warehouse", "warehouse", ["role", "location"],
        [
            Counter("handled_teu", "twin_warehouse_handled_teu", "TEU handled by the warehouse."),
            Counter("parcels_delivered", "twin_warehouse_parcels_delivered", "E-commerce parcels delivered."),
            Gauge("backlog_teu", "twin_warehouse_backlog_teu", "Cargo waiting at the warehouse, TEU."),
            Gauge("utilization", "twin_warehouse_utilization_ratio", "Share of the warehouse's handling capacity used."),
        ]),
        new("destination", "destination", ["country"],
        [
            Counter("teu_received", "twin_destination_teu_received", "TEU delivered from the zone."),
            Counter("import_teu", "twin_destination_import_teu", "Imports sent back to the zone, TEU."),
            Days("door_to_door_days_mean", "twin_destination_door_to_door_seconds", "Mean door-to-door time of the latest deliveries (simulated time).", gate: "teu_received"),
        ]),
        new("border", "border", [],
        [
            Counter("teu_crossed", "twin_border_teu_crossed", "TEU across the border crossing."),
            Days("wait_days_mean", "twin_border_wait_seconds", "Mean wait at the crossing of the latest vehicles (simulated time).", gate: "vehicles_crossed"),
        ]),
        new("market", "market", [],
        [
            Gauge("close", "twin_market_price", "Settlement price of the latest day, in the market's unit."),
            Gauge("fundamental", "twin_market_fundamental_price", "The commodity's fundamental price, in the market's unit."),
            Gauge("vwap", "twin_market_vwap_price", "Volume-weighted average price of the latest day with trades.", gate: "trades"),
            Gauge("spread_bps", "twin_market_spread_bps", "Bid-ask spread at the close, basis points."),
            new("depth_bid_lots", "twin_market_depth_lots", LiveMetricType.Gauge, "Lots at the best price at the close.", Labels: new Dictionary<string, string> { ["side"] = "bid" }),
            new("depth_ask_lots", "twin_market_depth_lots", LiveMetricType.Gauge, "Lots at the best price at the close.", Labels: new Dictionary<string, string> { ["side"] = "ask" }),
            Gauge("realised_volatility", "twin_market_volatility_ratio", "Realised daily volatility of the close."),
            Gauge("resting_orders", "twin_market_resting_orders", "Orders resting in the book at the close."),
            Counter("volume_lots", "twin_market_volume_lots", "Lots traded."),
            Counter("trades", "twin_market_trades", "Trades executed."),
            Counter("notional_usd", "twin_market_notional_usd", "Value traded, USD."),
        ]),
        new("clearing-house", "clearing_house", [],
        [
            Gauge("initial_margin_usd", "twin_clearing_initial_margin_usd", "Initial margin held by the clearing house, USD."),
            Gauge("default_fund_usd", "twin_clearing_default_fund_usd", "What is left of the default fund, USD."),
            Counter("variation_margin_usd", "twin_clearing_variation_margin_usd", "Variation margin moved, USD."),
            Counter("payments_usd", "twin_clearing_payments_usd", "Margin payments received, USD."),
            Counter("margin_calls", "twin_clearing_margin_calls", "Margin calls issued."),
            Counter("settlement_fails", "twin_clearing_settlement_fails", "Settlements that failed."),
            Counter("defaults", "twin_clearing_defaults", "Members declared in default."),
            Counter("fees_usd", "twin_clearing_fees_usd", "Platform fees charged, USD."),
            Counter("trades", "twin_clearing_trades", "Trades novated by the clearing house."),
        ]),
        // Trading members are firms: summed by role, never one series per member.
        new("participant", "role", ["role"],
        [
            Gauge("equity_usd", "twin_members_equity_usd", "Members' equity at the clearing house, USD, by role."),
            Gauge("defaulted", "twin_members_defaulted", "Members in default, by role."),
        ], Summed: true),
        new("programme", "programme", ["type"],
        [
            Gauge("active", "twin_programme_trainees_active", "Trainees in the programme's running classes."),
            Gauge("applications_pending", "twin_programme_applications_pending", "Applications waiting for the next class."),
            Gauge("classes_running", "twin_programme_classes_running", "Classes of the programme under way."),
            Gauge("seats_offered", "twin_programme_seats_offered", "Seats of the running classes."),
            Gauge("seats_used", "twin_programme_seats_used", "Seats of the running classes held by active trainees."),
            Gauge("alumni", "twin_programme_alumni", "Trainees who completed since the start of the run."),
            Counter("enrolled", "twin_programme_enrolled", "Trainees enrolled."),
            Counter("completed", "twin_programme_completed", "Trainees who completed."),
            Counter("dropped_out", "twin_programme_dropped_out", "Trainees who left before completing."),
            Counter("classes_started", "twin_programme_classes_started", "Classes (intakes, tours) started."),
        ]),
        new("institute", "institute", [],
        [
            Gauge("alumni_abroad", "twin_institute_alumni_abroad", "Alumni living in their home countries."),
            Gauge("alumni_in_zone", "twin_institute_alumni_in_zone", "Alumni who stayed in a town of the zone."),
            Gauge("countries_with_trainees", "twin_institute_countries_with_trainees", "Countries with trainees enrolled since the start of the run."),
            Gauge("export_demand_factor", "twin_institute_export_demand_factor", "The alumni effect on the towns' export demand (1 = none)."),
        ]),
    ];

    /// <summary>Every metric with its kind entry, by exposed name: what a dashboard query names.</summary>
    public static IEnumerable<(LiveMetricKind Kind, LiveMetric Metric)> All =>
        Kinds.SelectMany(k => k.Metrics.Select(m => (k, m)));
}
