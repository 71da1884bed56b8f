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
    public const int Flows = 11;

    public static readonly IReadOnlyList<string> Names =
    [
        "orders_teu", "received_teu", "handled_teu", "capacity_teu", "utilization", "backlog_teu", "backlog_value_cny",
        "oldest_shipment_age_days", "imports_delivered_teu", "parcels_delivered", "closed",
        .. FlowTally.Names,
    ];
}
