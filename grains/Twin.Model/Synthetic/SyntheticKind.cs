using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Model.Synthetic;

/// <summary>The `synthetic` section: N light entities named `synthetic-000001` and up.</summary>
public sealed class SyntheticKind : IEntityKind
{
    public const string Name = "synthetic";

    public string Kind => Name;

    public string Section => "synthetic";

    public IEnumerable<EntityDescriptor> Describe(Scenario scenario)
    {
        int count = scenario.Synthetic?.Entities ?? 0;
        // Zero-padded so the ordinal order of ids is their numeric order.
        for (int i = 1; i <= count; i++)
            yield return new EntityDescriptor($"synthetic-{i:D6}", Kind, Section, "synthetic.entities");
    }

    public IEntityModel Create(EntitySetup setup) => new SyntheticModel(setup);

    public IReadOnlyList<KpiInfo> Kpis => SyntheticModel.Definitions;
}
