using Twin.Model.Kernel;

namespace Twin.Contracts.Kernel;

/// <summary>
/// Steps a block of a run's entities, keyed `"{runId}/partition-{n}"`. It routes messages between
/// its own members itself and hands the rest back to the run in one batch per tick, so no single
/// activation carries every message of a big run.
/// </summary>
public interface IPartitionGrain : IGrainWithStringKey
{
    Task Initialize(PartitionSetup setup);

    /// <summary>Steps every member for the day; returns the messages bound for other partitions.</summary>
    Task<PartitionStepResult> Step(PartitionStep step);

    /// <summary>
    /// Writes every member's state after <paramref name="day"/> in one write of the partition's
    /// own grain state, and hands back the messages among members still waiting for the next day,
    /// for the run to store with its own state. The states of <paramref name="keepDay"/>, the run's
    /// last complete checkpoint, are never overwritten: the run may still have to go back to them.
    /// </summary>
    Task<Message[]> Checkpoint(int day, int keepDay);

    /// <summary>Every member's state after <paramref name="day"/> and the local messages in flight, without writing them (for forks).</summary>
    Task<PartitionSnapshot> Snapshot(int day);

    Task<KpiSeries[]> CollectKpis();

    /// <summary>The members' KPIs of the last <paramref name="days"/> days only (a running run's latest values).</summary>
    Task<KpiSeries[]> CollectRecent(int days);

    /// <summary>One member's KPIs so far (<paramref name="entity"/> is its index in the run's directory), wherever the member lives.</summary>
    Task<KpiSeries> CollectOne(int entity);

    /// <summary>
    /// Lets the partition and its members deactivate once the run has ended; deletes the
    /// partition's checkpoints too if <paramref name="deleteCheckpoints"/> (the run completed and
    /// its results are safe). A failed or cancelled run keeps them, to resume from if asked again.
    /// </summary>
    Task Release(bool deleteCheckpoints);
}
