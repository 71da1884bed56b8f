using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Model.Markets.Clearing;

/// <summary>The `clearing` section: the platform's one clearing house, a <see cref="ClearingHouseModel"/>.</summary>
public sealed class ClearingKind : IEntityKind
{
    public const string Name = "clearing-house";

    public string Kind => Name;

    public string Section => "clearing";

    public IEnumerable<EntityDescriptor> Describe(Scenario scenario) =>
        scenario.Clearing is { } clearing ? [new EntityDescriptor(clearing.Id, Kind, Section, "clearing")] : [];

    public IEntityModel Create(EntitySetup setup) => new ClearingHouseModel(setup);

    public IReadOnlyList<KpiInfo> Kpis => ClearingKpis.Definitions;
}
