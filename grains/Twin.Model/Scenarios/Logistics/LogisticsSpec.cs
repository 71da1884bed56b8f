namespace Twin.Model.Scenarios;

/// <summary>How the towns' exports become shipments and how shippers choose routes.</summary>
public sealed class LogisticsSpec
{
    public required GoodsTable<GoodsClassSpec> GoodsClasses { get; init; }

    /// <summary>How each sector's exports split between goods classes.</summary>
    public required SectorTable<GoodsMix> SectorGoods { get; init; }

    public required ModeChoiceSpec ModeChoice { get; init; }

    /// <summary>How export demand answers the delivered cost of the towns' shipments; off when omitted.</summary>
    public ServiceResponseSpec ServiceResponse { get; init; } = new();

    /// <summary>How routes, hubs and warehouses adjust their capacity to persistent backlogs; off when omitted.</summary>
    public CapacityResponseSpec CapacityResponse { get; init; } = new();
}
