using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Model.Institute;

/// <summary>The `institute` section: one entity that gathers the programmes' flows and keeps the alumni by country.</summary>
public sealed class InstituteKind : IEntityKind
{
    public const string Name = "institute";

    public string Kind => Name;

    public string Section => "institute";

    public IEnumerable<EntityDescriptor> Describe(Scenario scenario) =>
        scenario.Institute is { } institute ? [new EntityDescriptor(institute.Id, Kind, Section, "institute")] : [];

    public IEntityModel Create(EntitySetup setup) => new InstituteModel(setup);

    public IReadOnlyList<KpiInfo> Kpis => InstituteKpis.Definitions;
}
