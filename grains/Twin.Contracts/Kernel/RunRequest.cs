namespace Twin.Contracts.Kernel;

/// <summary>Everything a run needs: the scenario (its canonical JSON), one seed, one replication, the horizon.</summary>
/// <param name="ScenarioJson">The scenario as validated, in canonical JSON.</param>
/// <param name="ScenarioHash">SHA-256 of <paramref name="ScenarioJson"/>.</param>
/// <param name="EntitiesPerPartition">How many entities one partition grain steps; bounds each activation's fan-out.</param>
/// <param name="CheckpointEveryDays">Write a checkpoint at every this many days' barrier (0: never). Does not change results.</param>
/// <param name="PaceDaysPerMinute">Simulated days per real minute (the live twin); 0: as fast as the cluster allows.</param>
/// <param name="ForkPoint">The id of a fork point: the run starts from another run's state at that point instead of day 0.</param>
/// <param name="LightEntitiesAsGrains">Give each light entity a grain of its own instead of hosting it as data in its partition (the older layout, kept so `twin bench` can measure both). Does not change results.</param>
[GenerateSerializer, Immutable]
public sealed record RunRequest(
    [property: Id(0)] string ScenarioJson,
    [property: Id(1)] string ScenarioHash,
    [property: Id(2)] long Seed,
    [property: Id(3)] int Replication,
    [property: Id(4)] int Days,
    [property: Id(5)] int EntitiesPerPartition = RunRequest.DefaultEntitiesPerPartition,
    [property: Id(6)] int CheckpointEveryDays = RunRequest.DefaultCheckpointEveryDays,
    [property: Id(7)] double PaceDaysPerMinute = 0,
    [property: Id(8)] string? ForkPoint = null,
    [property: Id(9)] bool LightEntitiesAsGrains = false)
{
    public const int DefaultEntitiesPerPartition = 100;

    public const int DefaultCheckpointEveryDays = 30;
}
