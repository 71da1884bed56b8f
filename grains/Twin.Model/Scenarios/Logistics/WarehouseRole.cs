namespace Twin.Model.Scenarios;

/// <summary>The steps of the 1210 bonded e-commerce export chain.</summary>
public enum WarehouseRole : byte
{
    /// <summary>Collects the e-commerce sellers' goods in the zone; takes their export orders.</summary>
    Consolidation,

    /// <summary>Holds the goods in the bonded zone before export (1210 bonded declaration).</summary>
    Forward,

    /// <summary>Abroad, next to a destination: the last step before the buyer.</summary>
    Overseas,
}
