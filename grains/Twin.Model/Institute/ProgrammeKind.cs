using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Model.Institute;

/// <summary>The `programmes` section: the institute's classes, degree programmes and study tours, one entity each.</summary>
public sealed class ProgrammeKind : IEntityKind
{
    public const string Name = "programme";

    public string Kind => Name;

    public string Section => "programmes";

    public IEnumerable<EntityDescriptor> Describe(Scenario scenario) =>
        scenario.Programmes.Select((p, i) => new EntityDescriptor(p.Id, Kind, Section, $"programmes[{i}]"));

    public IEntityModel Create(EntitySetup setup) => new ProgrammeModel(setup);

    public IReadOnlyList<KpiInfo> Kpis => ProgrammeKpis.Definitions;
}
