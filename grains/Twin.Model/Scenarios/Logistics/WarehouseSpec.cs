namespace Twin.Model.Scenarios;

/// <summary>A warehouse of the cross-border e-commerce chain: consolidation, forward (bonded) or overseas.</summary>
public sealed class WarehouseSpec
{
    [EntityId] public required string Id { get; init; }

    public string Name { get; init; } = "";

    public required WarehouseRole Role { get; init; }

    /// <summary>Where it stands: a town id for consolidation and forward warehouses, a destination id for overseas ones.</summary>
    public required string Location { get; init; }

    /// <summary>TEU it can handle a day; the rest waits.</summary>
    [Min(0)] public required double HandlingTeuPerDay { get; init; }

    /// <summary>Whole days a shipment stays before it can be handled.</summary>
    [Min(0), Max(60)] public int DwellDays { get; init; }
}
