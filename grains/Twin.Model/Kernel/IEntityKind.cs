using Twin.Model.Scenarios;

namespace Twin.Model.Kernel;

/// <summary>A kind of entity: which scenario section declares it and how to build its model.</summary>
public interface IEntityKind
{
    /// <summary>The kind's name, such as `town`; grains are chosen by it.</summary>
    string Kind { get; }

    /// <summary>The scenario section, such as `towns`; the first segment of intervention paths.</summary>
    string Section { get; }

    IEnumerable<EntityDescriptor> Describe(Scenario scenario);

    IEntityModel Create(EntitySetup setup);

    /// <summary>The declarations of every KPI this kind records (units, aggregation over a window, which way is better).</summary>
    IReadOnlyList<KpiInfo> Kpis { get; }
}
