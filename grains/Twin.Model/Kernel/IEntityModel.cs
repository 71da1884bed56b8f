using Twin.Model.Scenarios;

namespace Twin.Model.Kernel;

/// <summary>
/// The behaviour of one entity of the zone (a town, a route, a market...), free of Orleans. A grain
/// hosts it in a run; the sequential runner steps the same class in a plain loop.
/// </summary>
public interface IEntityModel
{
    /// <summary>The names of the KPIs this entity records every day, in the order <see cref="Step"/> writes them.</summary>
    IReadOnlyList<string> KpiNames { get; }

    /// <summary>Advances one day: reads the inbox (already in canonical order), sends through the outbox, writes the day's KPIs.</summary>
    void Step(in StepContext context, ReadOnlySpan<Message> inbox, Outbox outbox, Span<double> kpis);

    /// <summary>Takes up parameters changed by a `set` or `scale` intervention; the entity's state carries on.</summary>
    void Rebind(Scenario scenario);

    /// <summary>Writes the entity's whole state (random streams included) for a checkpoint.</summary>
    void WriteState(BinaryWriter writer);

    /// <summary>Restores a state written by <see cref="WriteState"/> on an entity built from the same scenario.</summary>
    void ReadState(BinaryReader reader);
}
