namespace Twin.Contracts.Kernel;

/// <summary>
/// A stored fork point, keyed by fork id: another run's whole state at one tick barrier (every
/// partition's members' states and the messages in flight), from which fork runs start.
/// </summary>
public interface IForkPointGrain : IGrainWithStringKey
{
    Task Save(ForkPoint point);

    /// <summary>The stored point; fails if there is none under this id.</summary>
    Task<ForkPoint> Get();
}

/// <summary>A run's state at the end of <paramref name="Day"/>: per partition, its members' states and the messages in flight for the next day.</summary>
[GenerateSerializer, Immutable]
public sealed record ForkPoint(
    [property: Id(0)] string SourceRunId,
    [property: Id(1)] int Day,
    [property: Id(2)] string ScenarioHash,
    [property: Id(3)] int EntitiesPerPartition,
    [property: Id(4)] byte[][][] PartitionStates,
    [property: Id(5)] Twin.Model.Kernel.Message[][] InFlight,
    [property: Id(6)] long Seed,
    [property: Id(7)] int Replication);
