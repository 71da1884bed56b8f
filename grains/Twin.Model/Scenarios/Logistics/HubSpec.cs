namespace Twin.Model.Scenarios;

/// <summary>A hub of the zone (the multimodal hub, the airport bonded zone): routes depart from it.</summary>
public sealed class HubSpec
{
    [EntityId] public required string Id { get; init; }

    public string Name { get; init; } = "";

    /// <summary>The town it stands in.</summary>
    public required string Town { get; init; }

    /// <summary>TEU it can handle a day (exports onto routes and imports off them); the rest waits.</summary>
    [Min(0)] public required double HandlingTeuPerDay { get; init; }

    /// <summary>Whole days a shipment stays before it can be handled (customs, stuffing).</summary>
    [Min(0), Max(60)] public int DwellDays { get; init; }
}
