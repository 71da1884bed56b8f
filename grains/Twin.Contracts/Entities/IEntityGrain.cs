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
    ValueTask<EntityStepResult> Step(EntityStep step);

    /// <summary>The entity's whole state after <paramref name="day"/>, for its partition to write in a checkpoint.</summary>
    Task<byte[]> Checkpoint(int day);

    Task<KpiSeries> GetKpis();

    /// <summary>The KPIs of the last <paramref name="days"/> days recorded (fewer if fewer were).</summary>
    Task<KpiSeries> GetRecent(int days);

    /// <summary>Deactivates once the run is done with this entity.</summary>
    Task Release();
}
