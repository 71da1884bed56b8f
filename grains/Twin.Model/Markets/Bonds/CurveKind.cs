using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Model.Markets.Bonds;

/// <summary>The `curves` section: one risk-free yield curve per bond currency, each a <see cref="CurveModel"/>.</summary>
public sealed class CurveKind : IEntityKind
{
    public const string Name = "curve";

    public string Kind => Name;

    public string Section => "curves";

    public IEnumerable<EntityDescriptor> Describe(Scenario scenario) =>
        scenario.Curves.Select((c, i) => new EntityDescriptor(c.Id, Kind, Section, $"curves[{i}]"));

    public IEntityModel Create(EntitySetup setup) => new CurveModel(setup);

    public IReadOnlyList<KpiInfo> Kpis => CurveKpis.Definitions;
}
