using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Model.Expo;

/// <summary>The `expo` section: the SCO Pearl expo centre's Portuguese-speaking countries area, one entity.</summary>
public sealed class ExpoKind : IEntityKind
{
    public const string Name = "expo";

    /// <summary>The kind of the e-commerce base, which delivers the area's online orders.</summary>
    public const string CommerceBase = "ecommerce-base";

    public string Kind => Name;

    public string Section => "expo";

    public IEnumerable<EntityDescriptor> Describe(Scenario scenario) =>
        scenario.Expo is { } expo ? [new EntityDescriptor(expo.Id, Kind, Section, "expo")] : [];

    public IEntityModel Create(EntitySetup setup) => new ExpoModel(setup);

    public IReadOnlyList<KpiInfo> Kpis => ExpoKpis.Definitions;
}
