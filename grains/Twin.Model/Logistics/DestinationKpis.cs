using Twin.Model.Scenarios;

namespace Twin.Model.Logistics;

/// <summary>The KPIs of a destination; after the fixed ones come the export value of each country it serves.</summary>
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

    public static IReadOnlyList<string> NamesFor(IEnumerable<string> countries) =>
    [
        "teu_received", "tonnes_received", "export_value_cny",
        .. TransportModes.All.Select(m => $"value_{TransportModes.Key(m)}_cny"),
        "parcels_delivered", "door_to_door_days_mean", "door_to_door_days_p95", "import_teu", "import_value_cny", "closed",
        .. FlowTally.Names,
        .. countries.Select(c => CountryPrefix + c),
    ];
}
