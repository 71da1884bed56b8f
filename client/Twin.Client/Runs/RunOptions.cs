namespace Twin.Client.Runs;

/// <summary>What to run of a scenario; unset values come from the scenario itself.</summary>
public sealed record RunOptions(int? Days = null, long? Seed = null, int? Replications = null)
{
    /// <summary>How many runs may be under way at once (replications run in parallel).</summary>
    public int MaxConcurrentRuns { get; init; } = 8;

    public int EntitiesPerPartition { get; init; } = Twin.Contracts.Kernel.RunRequest.DefaultEntitiesPerPartition;

    /// <summary>Checkpoint every this many days (0: never). Never changes results.</summary>
    public int CheckpointEveryDays { get; init; } = Twin.Contracts.Kernel.RunRequest.DefaultCheckpointEveryDays;
}
