using System.Text.Json.Serialization;

namespace Twin.Model.Scenarios;

/// <summary>
/// A whole zone as a planner describes it: the horizon, the seed, every entity and its
/// parameters, and the interventions of a what-if. Each issue of the twin adds its section here
/// (towns now; hubs, routes, markets and programmes slot in beside them).
/// </summary>
public sealed class Scenario
{
    /// <summary>Short name used in run ids and file names.</summary>
    [Pattern(@"^[A-Za-z0-9][A-Za-z0-9._-]*$", "letters, digits, '.', '_' or '-'")]
    [MaxLength(200)] public required string Name { get; init; }

    [MaxLength(20000)] public string Description { get; init; } = "";

    /// <summary>The calendar date of day 0.</summary>
    public DateOnly Start { get; init; } = new(2025, 1, 1);

    /// <summary>How many days a run lasts unless the command line says otherwise.</summary>
    [Min(1), Max(36500)]
    public int Days { get; init; } = 365;

    /// <summary>The base seed; each entity's streams derive from it, the replication and the entity id.</summary>
    [Min(0)]
    public long Seed { get; init; } = 42;

    [Min(1), Max(10000)]
    public int Replications { get; init; } = 1;

    /// <summary>Behaviour of each economic sector, shared by every town.</summary>
    public required SectorTable<SectorSpec> Sectors { get; init; }

    public IReadOnlyList<TownSpec> Towns { get; init; } = [];

    /// <summary>The counterpart countries: the towns split their exports by them (not entities).</summary>
    public IReadOnlyList<CountrySpec> Countries { get; init; } = [];

    /// <summary>How exports become shipments and how shippers choose routes; none means towns send no orders.</summary>
    public LogisticsSpec? Logistics { get; init; }

    public IReadOnlyList<HubSpec> Hubs { get; init; } = [];

    public IReadOnlyList<WarehouseSpec> Warehouses { get; init; } = [];

    public IReadOnlyList<RouteSpec> Routes { get; init; } = [];

    public IReadOnlyList<DestinationSpec> Destinations { get; init; } = [];

    public IReadOnlyList<BorderSpec> Borders { get; init; } = [];
    /// <summary>The asset trading platform's markets, one per commodity.</summary>
    public IReadOnlyList<MarketSpec> Markets { get; init; } = [];

    /// <summary>The platform's members: producers, consumers, market makers and speculators.</summary>
    public IReadOnlyList<ParticipantSpec> Participants { get; init; } = [];

    /// <summary>The platform's clearing house; required when there are markets.</summary>
    public ClearingSpec? Clearing { get; init; }

    /// <summary>Exchange rates of the platform's currencies; required when there are markets or bonds.</summary>
    public FxSpec? Fx { get; init; }

    /// <summary>The offshore bond market's shared rules (ratings, lots, recovery); required when there are bonds.</summary>
    public BondMarketSpec? BondMarket { get; init; }

    /// <summary>One risk-free yield curve per bond currency.</summary>
    public IReadOnlyList<CurveSpec> Curves { get; init; } = [];

    /// <summary>The zone and state-owned firms that issue offshore bonds (not entities: their bonds carry them).</summary>
    public IReadOnlyList<IssuerSpec> Issuers { get; init; } = [];

    /// <summary>The offshore bond issues, each auctioned and then traded on the platform.</summary>
    public IReadOnlyList<BondSpec> Bonds { get; init; } = [];

    /// <summary>The funds and banks that buy and trade the bonds.</summary>
    public IReadOnlyList<InvestorSpec> Investors { get; init; } = [];

    /// <summary>The SCO Economic and Trade Institute; none means no programmes run.</summary>
    public InstituteSpec? Institute { get; init; }

    /// <summary>The institute's programmes: training classes, degree programmes, study tours.</summary>
    public IReadOnlyList<ProgrammeSpec> Programmes { get; init; } = [];

    /// <summary>The SCO Pearl expo centre's Portuguese-speaking countries area; none means no expo entity.</summary>
    public ExpoSpec? Expo { get; init; }

    /// <summary>The Silk Road e-commerce comprehensive service base; none means no base entity.</summary>
    public CommerceBaseSpec? EcommerceBase { get; init; }

    /// <summary>Light synthetic entities that only exchange messages: the kernel's own yardstick.</summary>
    public SyntheticSpec? Synthetic { get; init; }

    public IReadOnlyList<InterventionSpec> Interventions { get; init; } = [];
}
