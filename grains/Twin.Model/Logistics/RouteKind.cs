using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Model.Logistics;

/// <summary>The `routes` section: China–Europe rail, reefer rail, TIR road, air and the port feeder.</summary>
public sealed class RouteKind : IEntityKind
{
    public const string Name = "route";

    public string Kind => Name;

    public string Section => "routes";

    public IEnumerable<EntityDescriptor> Describe(Scenario scenario) =>
        scenario.Routes.Select((r, i) => new EntityDescriptor(r.Id, Kind, Section, $"routes[{i}]"));

    public IEntityModel Create(EntitySetup setup) => new RouteModel(setup);

    public IReadOnlyList<KpiInfo> Kpis => RouteKpis.Definitions;
}
