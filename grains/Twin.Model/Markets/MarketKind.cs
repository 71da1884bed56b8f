using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Model.Markets;

/// <summary>The `markets` section: one order book per commodity, each a <see cref="MarketModel"/>.</summary>
public sealed class MarketKind : IEntityKind
{
    public const string Name = "market";

    public string Kind => Name;

    public string Section => "markets";

    public IEnumerable<EntityDescriptor> Describe(Scenario scenario) =>
        scenario.Markets.Select((m, i) => new EntityDescriptor(m.Id, Kind, Section, $"markets[{i}]"));

    public IEntityModel Create(EntitySetup setup) => new MarketModel(setup);

    public IReadOnlyList<KpiInfo> Kpis => MarketKpis.Definitions;
}
