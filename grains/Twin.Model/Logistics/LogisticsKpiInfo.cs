using Twin.Model.Kernel;

namespace Twin.Model.Logistics;

/// <summary>What the logistics KPIs mean: units, how they add up over a run, and which way is better.</summary>
public static class LogisticsKpiInfo
{
    private static KpiInfo Flow(string name, string unit, string description, bool headline = false) =>
        new(name, unit, KpiAggregation.Sum, KpiDirection.HigherIsBetter, description, headline);

    private static KpiInfo Level(string name, string unit, KpiDirection better, string description, bool headline = false) =>
        new(name, unit, KpiAggregation.Mean, better, description, headline);

    public static readonly IReadOnlyList<KpiInfo> Routes =
    [
        Flow("departures", "departures", "trains, trucks or flights that left"),
        new("departures_cancelled", "departures", KpiAggregation.Sum, KpiDirection.LowerIsBetter, "scheduled departures cancelled"),
        new("departures_held", "departures", KpiAggregation.Sum, KpiDirection.LowerIsBetter, "departures held back to fill"),
        Flow("teu_departed", "TEU", "TEU that left", headline: true),
        Flow("tonnes_departed", "t", "tonnes that left"),
        Flow("value_departed_cny", "CNY", "value that left"),
        Level("load_factor", "share", KpiDirection.HigherIsBetter, "share of capacity used by the day's departures"),
        Level("backlog_teu", "TEU", KpiDirection.LowerIsBetter, "cargo waiting to depart", headline: true),
        Level("in_transit_teu", "TEU", KpiDirection.Neutral, "cargo on the way"),
        Flow("arrivals", "arrivals", "vehicles that arrived"),
        Flow("teu_arrived", "TEU", "TEU delivered at the far end"),
        Level("transit_days_mean", "days", KpiDirection.LowerIsBetter, "mean transit time of the day's arrivals"),
        Level("transit_days_p95", "days", KpiDirection.LowerIsBetter, "95th percentile transit time"),
        Level("on_time_share", "share", KpiDirection.HigherIsBetter, "share of arrivals on time"),
        Level("cost_per_teu_cny", "CNY/TEU", KpiDirection.LowerIsBetter, "cost of carrying one TEU"),
        Level("expected_wait_days", "days", KpiDirection.LowerIsBetter, "expected wait for a slot"),
        Level("border_wait_days", "days", KpiDirection.LowerIsBetter, "days spent at the border crossing"),
        new("closed", "days", KpiAggregation.Sum, KpiDirection.LowerIsBetter, "1 on a day closed by an intervention"),
    ];

    public static readonly IReadOnlyList<KpiInfo> Nodes =
    [
        Flow("handled_teu", "TEU", "TEU handled", headline: true),
        Flow("received_teu", "TEU", "TEU received"),
        Level("utilization", "share", KpiDirection.Neutral, "share of handling capacity used"),
        Level("oldest_shipment_age_days", "days", KpiDirection.LowerIsBetter, "age of the oldest waiting shipment"),
        Flow("parcels_delivered", "parcels", "e-commerce parcels delivered"),
        Flow("imports_delivered_teu", "TEU", "imports delivered to the towns"),
    ];

    public static readonly IReadOnlyList<KpiInfo> Destinations =
    [
        Flow("teu_received", "TEU", "TEU delivered from the zone", headline: true),
        Flow("tonnes_received", "t", "tonnes delivered from the zone"),
        Level("door_to_door_days_mean", "days", KpiDirection.LowerIsBetter, "mean door-to-door time of deliveries"),
        Level("door_to_door_days_p95", "days", KpiDirection.LowerIsBetter, "95th percentile door-to-door time"),
        Flow("import_teu", "TEU", "imports sent back to the zone"),
        Flow("import_value_cny", "CNY", "value of imports sent back"),
        Flow("export_value_cny_*", "CNY", "exports delivered, by buying country"),
        Flow("value_*", "CNY", "exports delivered, by mode (value_rail_cny...)"),
    ];

    public static readonly IReadOnlyList<KpiInfo> Borders =
    [
        Flow("vehicles_crossed", "vehicles", "vehicles across the border"),
        Flow("teu_crossed", "TEU", "TEU across the border"),
        Level("wait_days_mean", "days", KpiDirection.LowerIsBetter, "mean wait at the crossing"),
    ];
}
