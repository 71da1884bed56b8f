namespace Twin.Silo.Telemetry;

/// <summary>
/// Which KPIs of the live twin become Prometheus metrics, one entry per entity kind; each metric's
/// type (flows are counters), help and event handling come from its KPI's declaration. A kind that
/// is not in the live scenario reports nothing, so a kind's entry can be written before its model
/// lands (the institute's programmes): its metrics appear once the kind runs. Names follow
/// Prometheus' conventions: `twin_{kind}_{what}_{unit}`, flows as counters (`_total`), levels as
/// gauges; every series carries `run="live"`.
/// </summary>
public static class LiveMetricTable
{
    /// <summary>The metrics of one kind, each read off its KPI's declaration.</summary>
    private sealed record Spec(string Kpi, string Name, double Scale = 1, IReadOnlyDictionary<string, string>? Labels = null, string? Help = null);

    private static LiveMetricKind Kind(string kind, string label, string[] links, Spec[] metrics, bool summed = false) =>
        new(kind, label, links, metrics.Select(m => LiveMetric.Of(kind, m.Kpi, m.Name, m.Scale, m.Labels, m.Help)).ToArray(), summed);

    private static Spec M(string kpi, string name) => new(kpi, name);

    /// <summary>A duration the model keeps in simulated days, exported in seconds as Prometheus wants.</summary>
    private static Spec Days(string kpi, string name) => new(kpi, name, 86_400);

    /// <summary>One of two KPIs spread over one family by a label (bid and ask depth share a help text).</summary>
    private static Spec Side(string kpi, string name, string side) =>
        new(kpi, name, Labels: new Dictionary<string, string> { ["side"] = side }, Help: "Lots at the best price at the close, by side (lots).");

    /// <summary>One shelf of the baseline's expo centre: its sales as one family labelled by category.</summary>
    private static Spec Category(string category) =>
        new("sales_cny_" + category, "twin_expo_category_sales_cny", Labels: new Dictionary<string, string> { ["category"] = category }, Help: "Sales of one shelf (category) of the expo centre's Portuguese-speaking countries area (CNY).");

    public static readonly IReadOnlyList<LiveMetricKind> Kinds =
    [
        Kind("town", "town", [],
        [
            M("population", "twin_town_population"),
            M("labour_force", "twin_town_labour_force"),
            M("jobs", "twin_town_jobs"),
            M("unemployment_rate", "twin_town_unemployment_ratio"),
            M("firms", "twin_town_firms"),
            M("closed", "twin_town_closed"),
            M("output_cny", "twin_town_output_cny"),
            M("export_value_cny", "twin_town_export_value_cny"),
            M("export_teu", "twin_town_export_teu"),
            M("firm_births", "twin_town_firm_births"),
            M("firm_exits", "twin_town_firm_exits"),
        ]),
        Kind("route", "route", ["mode"],
        [
            M("departures", "twin_route_departures"),
            M("departures_cancelled", "twin_route_departures_cancelled"),
            M("teu_departed", "twin_route_teu_departed"),
            M("tonnes_departed", "twin_route_tonnes_departed"),
            M("arrivals", "twin_route_arrivals"),
            M("teu_arrived", "twin_route_teu_arrived"),
            M("backlog_teu", "twin_route_backlog_teu"),
            M("in_transit_teu", "twin_route_in_transit_teu"),
            M("load_factor", "twin_route_load_factor_ratio"),
            Days("transit_days_mean", "twin_route_transit_seconds"),
            Days("expected_wait_days", "twin_route_expected_wait_seconds"),
            M("closed", "twin_route_closed"),
        ]),
        Kind("hub", "hub", ["town"],
        [
            M("handled_teu", "twin_hub_handled_teu"),
            M("received_teu", "twin_hub_received_teu"),
            M("backlog_teu", "twin_hub_backlog_teu"),
            M("utilization", "twin_hub_utilization_ratio"),
            Days("oldest_shipment_age_days", "twin_hub_oldest_shipment_age_seconds"),
        ]),
        Kind("warehouse", "warehouse", ["role", "location"],
        [
            M("handled_teu", "twin_warehouse_handled_teu"),
            M("parcels_delivered", "twin_warehouse_parcels_delivered"),
            M("backlog_teu", "twin_warehouse_backlog_teu"),
            M("utilization", "twin_warehouse_utilization_ratio"),
        ]),
        Kind("destination", "destination", ["country"],
        [
            M("teu_received", "twin_destination_teu_received"),
            M("import_teu", "twin_destination_import_teu"),
            Days("door_to_door_days_mean", "twin_destination_door_to_door_seconds"),
        ]),
        Kind("border", "border", [],
        [
            M("teu_crossed", "twin_border_teu_crossed"),
            Days("wait_days_mean", "twin_border_wait_seconds"),
        ]),
        Kind("market", "market", [],
        [
            M("close", "twin_market_price"),
            M("fundamental", "twin_market_fundamental_price"),
            M("vwap", "twin_market_vwap_price"),
            M("spread_bps", "twin_market_spread_bps"),
            Side("depth_bid_lots", "twin_market_depth_lots", "bid"),
            Side("depth_ask_lots", "twin_market_depth_lots", "ask"),
            M("realised_volatility", "twin_market_volatility_ratio"),
            M("resting_orders", "twin_market_resting_orders"),
            M("volume_lots", "twin_market_volume_lots"),
            M("trades", "twin_market_trades"),
            M("notional_usd", "twin_market_notional_usd"),
        ]),
        Kind("clearing-house", "clearing_house", [],
        [
            M("initial_margin_usd", "twin_clearing_initial_margin_usd"),
            M("default_fund_usd", "twin_clearing_default_fund_usd"),
            M("variation_margin_usd", "twin_clearing_variation_margin_usd"),
            M("payments_usd", "twin_clearing_payments_usd"),
            M("margin_calls", "twin_clearing_margin_calls"),
            M("settlement_fails", "twin_clearing_settlement_fails"),
            M("defaults", "twin_clearing_defaults"),
            M("fees_usd", "twin_clearing_fees_usd"),
            M("trades", "twin_clearing_trades"),
        ]),
        Kind("curve", "curve", ["currency"],
        [
            M("yield_1y", "twin_curve_yield_1y_ratio"),
            M("yield_5y", "twin_curve_yield_5y_ratio"),
            M("yield_10y", "twin_curve_yield_10y_ratio"),
            M("shock_bp", "twin_curve_shock_bps"),
        ]),
        Kind("bond", "bond", ["currency"],
        [
            M("amount_issued_usd", "twin_bond_amount_issued_usd"),
            M("bid_to_cover", "twin_bond_bid_to_cover_ratio"),
            M("auction_yield", "twin_bond_auction_yield_ratio"),
            M("price", "twin_bond_price"),
            M("yield", "twin_bond_yield_ratio"),
            M("spread_bps", "twin_bond_spread_bps"),
            M("outstanding", "twin_bond_outstanding"),
            M("secondary_volume_usd", "twin_bond_secondary_volume_usd"),
            M("coupons_paid_usd", "twin_bond_coupons_paid_usd"),
            M("defaults", "twin_bond_defaults"),
            M("defaulted", "twin_bond_defaulted"),
        ]),
        // Trading members are firms: summed by role, never one series per member.
        Kind("participant", "role", ["role"],
        [
            M("equity_usd", "twin_members_equity_usd"),
            M("defaulted", "twin_members_defaulted"),
        ], summed: true),
        Kind("programme", "programme", ["type"],
        [
            M("active", "twin_programme_trainees_active"),
            M("applications_pending", "twin_programme_applications_pending"),
            M("classes_running", "twin_programme_classes_running"),
            M("seats_offered", "twin_programme_seats_offered"),
            M("seats_used", "twin_programme_seats_used"),
            M("alumni", "twin_programme_alumni"),
            M("enrolled", "twin_programme_enrolled"),
            M("completed", "twin_programme_completed"),
            M("dropped_out", "twin_programme_dropped_out"),
            M("classes_started", "twin_programme_classes_started"),
        ]),
        Kind("institute", "institute", [],
        [
            M("alumni_abroad", "twin_institute_alumni_abroad"),
            M("alumni_in_zone", "twin_institute_alumni_in_zone"),
            M("countries_with_trainees", "twin_institute_countries_with_trainees"),
            M("export_demand_factor", "twin_institute_export_demand_factor"),
        ]),
        Kind("expo", "expo", ["town"],
        [
            M("visitors", "twin_expo_visitors"),
            M("sales_cny", "twin_expo_sales_cny"),
            M("macao_brand_revenue_cny", "twin_expo_macao_brand_revenue_cny"),
            M("online_sales_cny", "twin_expo_online_sales_cny"),
            M("lost_sales_cny", "twin_expo_lost_sales_cny"),
            M("stockouts", "twin_expo_stockouts"),
            M("import_teu", "twin_expo_import_teu"),
            M("stock_items", "twin_expo_stock_items"),
            Days("event_days", "twin_expo_event_seconds"),
            Category("food"),
            Category("wines"),
            Category("handicrafts"),
            Category("felt-crafts"),
            Category("dress"),
            Category("macao-pastries"),
        ]),
        Kind("ecommerce-base", "base", ["town"],
        [
            M("live_parcels", "twin_ecommerce_base_live_parcels"),
            M("marketplace_parcels", "twin_ecommerce_base_marketplace_parcels"),
            M("express_parcels", "twin_ecommerce_base_express_parcels"),
            M("centre_open", "twin_ecommerce_base_centre_open"),
            M("centre_dispatched_parcels", "twin_ecommerce_base_centre_dispatched_parcels"),
            M("centre_backlog_parcels", "twin_ecommerce_base_centre_backlog_parcels"),
            M("service_level", "twin_ecommerce_base_service_level_ratio"),
            M("courier_parcels", "twin_ecommerce_base_courier_parcels"),
            M("consolidated_teu", "twin_ecommerce_base_consolidated_teu"),
            M("express_cost_per_kg", "twin_ecommerce_base_express_cost_per_kg_cny"),
        ]),
    ];

    /// <summary>Every metric with its kind entry, by exposed name: what a dashboard query names.</summary>
    public static IEnumerable<(LiveMetricKind Kind, LiveMetric Metric)> All =>
        Kinds.SelectMany(k => k.Metrics.Select(m => (k, m)));
}
