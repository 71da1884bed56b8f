using Twin.Model.Expo;
using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Model.Commerce;

/// <summary>The `ecommerceBase` section: the Silk Road e-commerce comprehensive service base, one entity.</summary>
public sealed class CommerceBaseKind : IEntityKind
{
    public const string Name = ExpoKind.CommerceBase;

    public string Kind => Name;

    public string Section => "ecommerceBase";

    public IEnumerable<EntityDescriptor> Describe(Scenario scenario) =>
        scenario.EcommerceBase is { } b ? [new EntityDescriptor(b.Id, Kind, Section, "ecommerceBase")] : [];

    public IEntityModel Create(EntitySetup setup) => new CommerceBaseModel(setup);

    public IReadOnlyList<KpiInfo> Kpis => CommerceBaseKpis.Definitions;
}
