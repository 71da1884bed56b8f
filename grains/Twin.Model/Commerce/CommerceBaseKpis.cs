using Twin.Model.Kernel;
using Twin.Model.Logistics;

namespace Twin.Model.Commerce;

/// <summary>The KPIs of the Silk Road e-commerce base, and their positions in its KPI row.</summary>
public static class CommerceBaseKpis
{
    public const int LiveParcels = 0;
    public const int LiveSales = 1;
    public const int MarketplaceParcels = 2;
    public const int ExpressParcels = 3;
    public const int ExpressKg = 4;
    public const int ExpoParcels = 5;
    public const int CentreOpen = 6;
    public const int CentreReceived = 7;
    public const int CentreProcessed = 8;
    public const int CentreBacklog = 9;
    public const int CentreDispatched = 10;
    public const int CentreDispatchedTeu = 11;
    public const int ServiceLevel = 12;
    public const int CourierParcels = 13;
    public const int CourierKg = 14;
    public const int ConsolidatedDepartures = 15;
    public const int ConsolidatedTeu = 16;
    public const int ConsolidatedExpressKg = 17;
    public const int ConsolidatedEcommerceParcels = 18;
    public const int ConsolidatedGeneralTeu = 19;
    public const int HeldKg = 20;
    public const int ExpressKgShipped = 21;
    public const int ExpressCost = 22;
    public const int ExpressCostPerKg = 23;
    public const int Closed = 24;
    public const int Flows = 25;

    private const KpiDirection Higher = KpiDirection.HigherIsBetter, Lower = KpiDirection.LowerIsBetter, Neutral = KpiDirection.Neutral;

    public static readonly IReadOnlyList<KpiInfo> Definitions =
    [
        Kpi.Flow("live_parcels", "parcels", Higher, "cross-border live-streaming orders of the towns' e-commerce firms", headline: true),
        Kpi.Flow("live_sales_cny", "CNY", Higher, "value of the live-streaming and marketplace parcels"),
        Kpi.Flow("marketplace_parcels", "parcels", Higher, "the zone's marketplace sellers' parcels (while the operations centre is open)", headline: true),
        Kpi.Flow("express_parcels", "parcels", Neutral, "cross-border express parcels taken in"),
        Kpi.Flow("express_kg", "kg", Neutral, "their weight"),
        Kpi.Flow("expo_parcels", "parcels", Higher, "the expo centre's online orders delivered in China"),
        Kpi.Level("centre_open", "share", Neutral, "1 on a day the operations centre takes parcels"),
        Kpi.Flow("centre_received_parcels", "parcels", Neutral, "parcels that reached the operations centre"),
        Kpi.Flow("centre_processed_parcels", "parcels", Higher, "parcels sorted and packed (up to its capacity)"),
        Kpi.Level("centre_backlog_parcels", "parcels", Lower, "parcels waiting to be sorted or for a cut-off day"),
        Kpi.Flow("centre_dispatched_parcels", "parcels", Higher, "parcels sent on as consolidated e-commerce export orders", headline: true),
        Kpi.Flow("centre_dispatched_teu", "TEU", Higher, "those loads in TEU"),
        Kpi.PerEvent("service_level", "share", Higher, "centre_dispatched_parcels", "share of the parcels dispatched within targetDays of reaching the centre", headline: true),
        Kpi.Flow("courier_parcels", "parcels", Neutral, "parcels sent by express operators outside the twin's routes"),
        Kpi.Flow("courier_kg", "kg", Neutral, "their weight"),
        Kpi.Flow("consolidated_departures", "departures", Higher, "consolidated loads mixing express, e-commerce and general trade"),
        Kpi.Flow("consolidated_teu", "TEU", Higher, "TEU of those loads", headline: true),
        Kpi.Flow("consolidated_express_kg", "kg", Neutral, "express parcels' weight in them"),
        Kpi.Flow("consolidated_ecommerce_parcels", "parcels", Neutral, "e-commerce parcels in them"),
        Kpi.Flow("consolidated_general_teu", "TEU", Neutral, "general trade (LCL) in them"),
        Kpi.Level("held_kg", "kg", Neutral, "parcels held for the next consolidated departure"),
        Kpi.Flow("express_kg_shipped", "kg", Neutral, "express parcels' weight sent on (by courier or consolidated)"),
        Kpi.Flow("express_cost_cny", "CNY", Lower, "what sending the express parcels cost"),
        Kpi.PerEvent("express_cost_per_kg", "CNY/kg", Lower, "express_kg_shipped", "express cost ÷ weight shipped", headline: true),
        Kpi.Closed("the e-commerce base"),
        .. FlowTally.Definitions,
    ];

    public static readonly IReadOnlyList<string> Names = Definitions.Select(d => d.Name).ToArray();
}
