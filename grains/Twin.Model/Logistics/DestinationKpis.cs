using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Model.Logistics;

/// <summary>The KPIs of a destination and their declarations; after the fixed ones come the export value of each country it serves.</summary>
public static class DestinationKpis
{
    public const int TeuReceived = 0;
    public const int TonnesReceived = 1;
    public const int ExportValue = 2;
    public const int ValueByMode = 3;
    public const int ParcelsDelivered = ValueByMode + 4;
    public const int DoorToDoorMean = ParcelsDelivered + 1;
    public const int DoorToDoorP95 = DoorToDoorMean + 1;
    public const int ImportTeu = DoorToDoorP95 + 1;
    public const int ImportValue = ImportTeu + 1;
    public const int Closed = ImportValue + 1;
    public const int Flows = Closed + 1;
    public const int ByCountry = Flows + 8;

    /// <summary>The prefix of the per-country export value KPIs: `export_value_cny_russia`.</summary>
    public const string CountryPrefix = "export_value_cny_";

    private const KpiDirection Higher = KpiDirection.HigherIsBetter, Lower = KpiDirection.LowerIsBetter;

    /// <summary>The fixed KPIs in row order, then the per-country family.</summary>
    public static readonly IReadOnlyList<KpiInfo> Definitions =
    [
        Kpi.Flow("teu_received", "TEU", Higher, "TEU delivered from the zone", headline: true),
        Kpi.Flow("tonnes_received", "t", Higher, "tonnes delivered from the zone"),
        Kpi.Flow("export_value_cny", "CNY", Higher, "value of the exports delivered"),
        .. TransportModes.All.Select(m => Kpi.Flow($"value_{TransportModes.Key(m)}_cny", "CNY", Higher, $"exports delivered by {TransportModes.Key(m)}")),
        Kpi.Flow("parcels_delivered", "parcels", Higher, "e-commerce parcels delivered"),
        Kpi.PerEvent("door_to_door_days_mean", "days", Lower, "teu_received", "mean days from order to delivery, TEU-weighted"),
        Kpi.Quantile("door_to_door_days_p95", "days", Lower, 0.95, "teu_received", "95th percentile days from order to delivery, TEU-weighted"),
        Kpi.Flow("import_teu", "TEU", Higher, "imports sent back to the zone"),
        Kpi.Flow("import_value_cny", "CNY", Higher, "value of imports sent back"),
        Kpi.Closed("the destination"),
        .. FlowTally.Definitions,
        Kpi.Flow(CountryPrefix + "*", "CNY", Higher, "exports delivered, by buying country"),
    ];

    public static IReadOnlyList<string> NamesFor(IEnumerable<string> countries) =>
    [
        .. Definitions.Where(d => !d.IsFamily).Select(d => d.Name),
        .. countries.Select(c => CountryPrefix + c),
    ];
}
