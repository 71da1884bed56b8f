namespace Twin.Model.Scenarios;

/// <summary>
/// The Silk Road e-commerce comprehensive service base: its live-streaming and express parcel
/// flows, the Ozon/Wildberries northern operations centre (a consolidation warehouse) and the
/// consolidated departures that mix express, e-commerce and general trade. One entity
/// (docs/model.md, "Silk Road e-commerce base").
/// </summary>
public sealed class CommerceBaseSpec
{
    [EntityId] public required string Id { get; init; }

    public string Name { get; init; } = "";

    /// <summary>The town it stands in.</summary>
    public required string Town { get; init; }

    /// <summary>The country its cross-border parcels go to (the marketplaces' buyers).</summary>
    public required string Country { get; init; }

    public LiveStreamingSpec LiveStreaming { get; init; } = new();

    public ExpressSpec Express { get; init; } = new();

    public OperationsCentreSpec OperationsCentre { get; init; } = new();

    public ConsolidationSpec Consolidation { get; init; } = new();
}

/// <summary>Cross-border live-streaming sales of the towns' e-commerce firms (the dedicated streaming line): a demand channel.</summary>
public sealed class LiveStreamingSpec
{
    /// <summary>Mean parcels a weekday.</summary>
    [Min(0)] public double ParcelsPerDay { get; init; }

    [Min(0), Max(10)] public double WeekendFactor { get; init; } = 1;

    [Positive] public double ValuePerParcelCny { get; init; } = 150;

    [Positive] public double KilogramsPerParcel { get; init; } = 1;

    /// <summary>
    /// Share of the towns' e-commerce firms' sales made through live streaming (E): that part of
    /// their demand follows the channel's parcels against <see cref="ReferenceParcelsPerDay"/>.
    /// </summary>
    [Min(0), Max(1)] public double ShareOfTownSales { get; init; } = 0.15;

    /// <summary>The weekday parcels the towns' e-commerce demand is calibrated to (the baseline's rate); 0: the channel does not move their demand.</summary>
    [Min(0)] public double ReferenceParcelsPerDay { get; init; } = 1200;
}

/// <summary>The express goods class: cross-border parcels, priced by weight.</summary>
public sealed class ExpressSpec
{
    [Min(0)] public double ParcelsPerDay { get; init; }

    /// <summary>Mean weight of a parcel; weights are log-normal with this mean.</summary>
    [Positive] public double KilogramsMean { get; init; } = 2;

    /// <summary>σ of the log of a parcel's weight.</summary>
    [Min(0), Max(3)] public double KilogramsSpread { get; init; } = 0.8;

    [Positive] public double ValuePerKilogramCny { get; init; } = 150;

    /// <summary>What an express operator charges a kilogram (air, outside the twin's routes) for a parcel not consolidated.</summary>
    [Min(0)] public double CourierCostPerKgCny { get; init; }

    /// <summary>Door-to-door days by courier.</summary>
    [Min(0)] public double CourierDays { get; init; } = 5;
}

/// <summary>The Ozon/Wildberries northern operations centre: collects the zone's sellers' parcels and sends them as consolidated loads.</summary>
public sealed class OperationsCentreSpec
{
    public string Name { get; init; } = "";

    /// <summary>Open (taking parcels); a `set` lever opens or closes it on a given day.</summary>
    public bool Open { get; init; }

    /// <summary>Parcels it can sort and pack a day; the rest waits.</summary>
    [Min(0)] public double CapacityParcelsPerDay { get; init; }

    /// <summary>The weekdays its consolidated loads leave (the marketplaces' cut-off days).</summary>
    public IReadOnlyList<DayOfWeek> CutOffDays { get; init; } = [];

    /// <summary>Parcels of the zone's marketplace sellers a day once it is open (demand the marketplaces bring).</summary>
    [Min(0)] public double MarketplaceParcelsPerDay { get; init; }

    /// <summary>The service level counts the parcels sent within this many days of reaching the centre.</summary>
    [Min(1), Max(60)] public int TargetDays { get; init; } = 4;

    /// <summary>Parcels in one TEU of a consolidated load.</summary>
    [Positive] public double ParcelsPerTeu { get; init; } = 6000;
}

/// <summary>Consolidated departures that mix express parcels, e-commerce parcels and general trade (LCL) in one load.</summary>
public sealed class ConsolidationSpec
{
    /// <summary>The route the consolidated loads leave on (a China–Europe train or a TIR service).</summary>
    public string Route { get; init; } = "";

    /// <summary>Consolidated departures a week; 0: none (parcels go by courier).</summary>
    [Min(0), Max(14)] public double DeparturesPerWeek { get; init; }

    /// <summary>General trade (LCL) TEU that joins each consolidated load.</summary>
    [Min(0)] public double GeneralTradeTeu { get; init; }

    [Positive] public double GeneralTradeValuePerTeu { get; init; } = 120000;

    [Positive] public double GeneralTradeTonnesPerTeu { get; init; } = 10;

    /// <summary>Kilograms of parcels in one TEU.</summary>
    [Positive] public double KilogramsPerTeu { get; init; } = 6000;
}
