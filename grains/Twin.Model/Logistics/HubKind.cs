using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Model.Logistics;

/// <summary>The `hubs` section: the multimodal hub and the airport bonded zone, each a <see cref="HandlingNodeModel"/>.</summary>
public sealed class HubKind : IEntityKind
{
    public const string Name = "hub";

    public string Kind => Name;

    public string Section => "hubs";

    public IEnumerable<EntityDescriptor> Describe(Scenario scenario) =>
        scenario.Hubs.Select((h, i) => new EntityDescriptor(h.Id, Kind, Section, $"hubs[{i}]"));

    public IEntityModel Create(EntitySetup setup) => new HandlingNodeModel(setup, static (scenario, id) =>
    {
        var hub = scenario.Hubs.First(h => h.Id == id);
        return (hub.HandlingTeuPerDay, hub.DwellDays);
    });

    public IReadOnlyList<KpiInfo> Kpis => NodeKpis.Definitions;
}
