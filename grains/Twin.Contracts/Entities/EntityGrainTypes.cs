using Twin.Model.Commerce;
using Twin.Model.Expo;
using Twin.Model.Institute;
using Twin.Model.Logistics;
using Twin.Model.Markets;
using Twin.Model.Markets.Bonds;
using Twin.Model.Markets.Bonds.Investors;
using Twin.Model.Markets.Clearing;
using Twin.Model.Markets.Participants;
using Twin.Model.Synthetic;
using Twin.Model.Towns;

namespace Twin.Contracts.Entities;

/// <summary>Which grain interface hosts each kind of entity.</summary>
public static class EntityGrainTypes
{
    private static readonly Dictionary<string, Type> ByKind = new(StringComparer.Ordinal)
    {
        [TownKind.Name] = typeof(ITownGrain),
        [new SyntheticKind().Kind] = typeof(ISyntheticEntityGrain),
        [HubKind.Name] = typeof(IHubGrain),
        [WarehouseKind.Name] = typeof(IWarehouseGrain),
        [RouteKind.Name] = typeof(IRouteGrain),
        [DestinationKind.Name] = typeof(IDestinationGrain),
        [BorderKind.Name] = typeof(IBorderGrain),
        [MarketKind.Name] = typeof(IMarketGrain),
        [ParticipantKind.Name] = typeof(IParticipantGrain),
        [ClearingKind.Name] = typeof(IClearingHouseGrain),
        [CurveKind.Name] = typeof(ICurveGrain),
        [BondKind.Name] = typeof(IBondGrain),
        [InvestorEntityKind.Name] = typeof(IInvestorGrain),
        [InstituteKind.Name] = typeof(IInstituteGrain),
        [ProgrammeKind.Name] = typeof(IProgrammeGrain),
        [ExpoKind.Name] = typeof(IExpoGrain),
        [CommerceBaseKind.Name] = typeof(ICommerceBaseGrain),
    };

    public static Type InterfaceFor(string kind) =>
        ByKind.TryGetValue(kind, out var type) ? type : throw new KeyNotFoundException($"No grain hosts entities of kind '{kind}'.");

    /// <summary>The grain of one entity of one run.</summary>
    public static IEntityGrain Get(IGrainFactory grains, string runId, string entityId, string kind) =>
        (IEntityGrain)grains.GetGrain(InterfaceFor(kind), EntityKey(runId, entityId));

    public static string EntityKey(string runId, string entityId) => $"{runId}/{entityId}";
}
