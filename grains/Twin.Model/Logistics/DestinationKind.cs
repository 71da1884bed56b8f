using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Model.Logistics;

/// <summary>The `destinations` section: where the routes deliver.</summary>
public sealed class DestinationKind : IEntityKind
{
    public const string Name = "destination";

    public string Kind => Name;

    public string Section => "destinations";

    public IEnumerable<EntityDescriptor> Describe(Scenario scenario) =>
        scenario.Destinations.Select((d, i) => new EntityDescriptor(d.Id, Kind, Section, $"destinations[{i}]"));

    public IEntityModel Create(EntitySetup setup) => new DestinationModel(setup);

    public IReadOnlyList<KpiInfo> Kpis => DestinationKpis.Definitions;
}
