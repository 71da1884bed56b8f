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
    /// Checkpoints every member after <paramref name="day"/> and hands back the messages among
    /// members still waiting for the next day, for the run to store with its own state.
    /// </summary>
    Task<Message[]> Checkpoint(int day);

    Task<KpiSeries[]> CollectKpis();

    /// <summary>Lets the partition and its members deactivate once the run's results are safe.</summary>
    Task Release();
}
