using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Model.Towns;

/// <summary>The five new towns: the `towns` section, one <see cref="TownModel"/> each.</summary>
public sealed class TownKind : IEntityKind
{
    public const string Name = "town";

    public string Kind => Name;

    public string Section => "towns";

    public IEnumerable<EntityDescriptor> Describe(Scenario scenario) =>
        scenario.Towns.Select((t, i) => new EntityDescriptor(t.Id, Kind, Section, $"towns[{i}]"));

    public IEntityModel Create(EntitySetup setup) => new TownModel(setup);

    public IReadOnlyList<KpiInfo> Kpis => TownKpis.Definitions;
}
