using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Model.Markets.Bonds;

/// <summary>The `bonds` section: one offshore bond issue each, a <see cref="BondModel"/> with its auction and order book.</summary>
public sealed class BondKind : IEntityKind
{
    public const string Name = "bond";

    public string Kind => Name;

    public string Section => "bonds";

    public IEnumerable<EntityDescriptor> Describe(Scenario scenario) =>
        scenario.Bonds.Select((b, i) => new EntityDescriptor(b.Id, Kind, Section, $"bonds[{i}]"));

    public IEntityModel Create(EntitySetup setup) => new BondModel(setup);

    public IReadOnlyList<KpiInfo> Kpis => BondKpis.Definitions;
}
