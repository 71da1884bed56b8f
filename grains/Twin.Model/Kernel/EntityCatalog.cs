using Twin.Model.Commerce;
using Twin.Model.Expo;
using Twin.Model.Institute;
using Twin.Model.Logistics;
using Twin.Model.Markets;
using Twin.Model.Markets.Bonds;
using Twin.Model.Markets.Bonds.Investors;
using Twin.Model.Markets.Clearing;
using Twin.Model.Markets.Participants;
using Twin.Model.Scenarios;
using Twin.Model.Synthetic;
using Twin.Model.Towns;

namespace Twin.Model.Kernel;

/// <summary>Every kind of entity the twin knows; each model section registers its kind here.</summary>
public static class EntityCatalog
{
    public static readonly IReadOnlyList<IEntityKind> Kinds =
    [
        new TownKind(),
        new SyntheticKind(),
        new HubKind(),
        new WarehouseKind(),
        new RouteKind(),
        new DestinationKind(),
        new BorderKind(),
        new MarketKind(),
        new ParticipantKind(),
        new ClearingKind(),
        new CurveKind(),
        new BondKind(),
        new InvestorEntityKind(),
        new InstituteKind(),
        new ProgrammeKind(),
        new ExpoKind(),
        new CommerceBaseKind(),
    ];

    public static IEnumerable<EntityDescriptor> Describe(Scenario scenario) => Kinds.SelectMany(k => k.Describe(scenario));

    public static EntityDirectory DirectoryOf(Scenario scenario) => new(Describe(scenario));

    public static IEntityKind KindOf(string kind) =>
        Kinds.FirstOrDefault(k => k.Kind == kind) ?? throw new KeyNotFoundException($"No entity kind '{kind}'.");

    public static IEntityModel Create(EntitySetup setup) => KindOf(setup.Entity.Kind).Create(setup);
}
