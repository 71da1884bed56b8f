using Twin.Model.Kernel;

namespace Twin.Model.Logistics;

/// <summary>The KPIs of a hub or warehouse, and their positions in its KPI row.</summary>
public static class NodeKpis
{
    public const int OrdersTeu = 0;
    public const int ReceivedTeu = 1;
    public const int HandledTeu = 2;
    public const int CapacityTeu = 3;
    public const int Utilization = 4;
    public const int BacklogTeu = 5;
    public const int BacklogValue = 6;
    public const int OldestShipmentAgeDays = 7;
    public const int ImportsDeliveredTeu = 8;
    public const int ParcelsDelivered = 9;
    public const int Closed = 10;
    public const int ExpectedWaitDays = 11;
    public const int Flows = 12;

    private const KpiDirection Higher = KpiDirection.HigherIsBetter, Lower = KpiDirection.LowerIsBetter;

    public static readonly IReadOnlyList<KpiInfo> Definitions =
    [
        Kpi.Flow("orders_teu", "TEU", KpiDirection.Neutral, "export orders taken (an order desk)"),
        Kpi.Flow("received_teu", "TEU", Higher, "TEU received"),
        Kpi.Flow("handled_teu", "TEU", Higher, "TEU handled", headline: true),
        Kpi.Level("capacity_teu", "TEU/day", Higher, "handling capacity a day"),
        Kpi.PerEvent("utilization", "share", KpiDirection.Neutral, "capacity_teu", "TEU handled ÷ handling capacity"),
        Kpi.Level("backlog_teu", "TEU", Lower, "cargo waiting to be handled", headline: true),
        Kpi.Level("backlog_value_cny", "CNY", Lower, "value of the cargo waiting"),
        Kpi.Level("oldest_shipment_age_days", "days", Lower, "age of the oldest waiting shipment (0 when none waits)"),
        Kpi.Flow("imports_delivered_teu", "TEU", Higher, "imports delivered to the towns"),
        Kpi.Flow("parcels_delivered", "parcels", Higher, "e-commerce parcels delivered"),
        Kpi.Closed("the hub or warehouse"),
        Kpi.Level("expected_wait_days", "days", Lower, "cargo ready today that did not fit, in days of today's capacity"),
        .. FlowTally.Definitions,
    ];

    public static readonly IReadOnlyList<string> Names = Definitions.Select(d => d.Name).ToArray();
}
