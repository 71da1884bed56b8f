namespace Twin.Contracts.Entities;

/// <summary>What an entity grain needs to build its model: the run, which entity it is, and where to start.</summary>
/// <param name="State">Null to start fresh at day 0; otherwise the entity's state from a checkpoint (it then steps the day after).</param>
/// <param name="StreamsKey">With a state from a fork point, a replication's key: its random streams are re-keyed by it.</param>
[GenerateSerializer, Immutable]
public sealed record EntityInit(
    [property: Id(0)] string RunId,
    [property: Id(1)] string EntityId,
    [property: Id(2)] Twin.Contracts.Kernel.RunRequest Run,
    [property: Id(3)] byte[]? State = null,
    [property: Id(4)] string? StreamsKey = null);
