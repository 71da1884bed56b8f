using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Model.Logistics;

/// <summary>The `borders` section: the crossings the routes pass (Manzhouli, Alashankou, Khorgos...).</summary>
public sealed class BorderKind : IEntityKind
{
    public const string Name = "border";

    public string Kind => Name;

    public string Section => "borders";

    public IEnumerable<EntityDescriptor> Describe(Scenario scenario) =>
        scenario.Borders.Select((b, i) => new EntityDescriptor(b.Id, Kind, Section, $"borders[{i}]"));

    public IEntityModel Create(EntitySetup setup) => new BorderModel();

    public IReadOnlyList<KpiInfo> Kpis => BorderKpis.Definitions;
}
