using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Model.Logistics;

/// <summary>The `warehouses` section: consolidation, bonded forward and overseas warehouses, each a <see cref="HandlingNodeModel"/>.</summary>
public sealed class WarehouseKind : IEntityKind
{
    public const string Name = "warehouse";

    public string Kind => Name;

    public string Section => "warehouses";

    public IEnumerable<EntityDescriptor> Describe(Scenario scenario) =>
        scenario.Warehouses.Select((w, i) => new EntityDescriptor(w.Id, Kind, Section, $"warehouses[{i}]"));

    public IEntityModel Create(EntitySetup setup) => new HandlingNodeModel(setup, static (scenario, id) =>
    {
        var warehouse = scenario.Warehouses.First(w => w.Id == id);
        return (warehouse.HandlingTeuPerDay, warehouse.DwellDays);
    });

    public IReadOnlyList<KpiInfo> Kpis => NodeKpis.Definitions;
}
