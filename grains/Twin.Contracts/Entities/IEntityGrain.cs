using Twin.Model.Kernel;

namespace Twin.Contracts.Entities;

/// <summary>
/// An entity of a run, keyed `"{runId}/{entityId}"`. One call per day carries its inbox in and its
/// outbox out; entities never call each other.
/// </summary>
public interface IEntityGrain : IGrainWithStringKey
{
    /// <summary>Builds the entity fresh, or restores it from a checkpoint, replacing whatever state the activation had.</summary>
    Task Initialize(EntityInit init);

    /// <summary>Applies the day's interventions, steps the model with the inbox in canonical order, records KPIs.</summary>
    Task<EntityStepResult> Step(EntityStep step);

    /// <summary>Writes the entity's state after <paramref name="day"/> to grain storage; returns once it is durable.</summary>
    Task Checkpoint(int day);

    Task<KpiSeries> GetKpis();

    /// <summary>Deletes the entity's checkpoints and deactivates, once the run's results are safe.</summary>
    Task Release();
}
