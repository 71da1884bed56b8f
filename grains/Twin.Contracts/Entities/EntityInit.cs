namespace Twin.Contracts.Entities;

/// <summary>What an entity grain needs to build its model: the run, which entity it is, and where to start.</summary>
/// <param name="State">Null to start fresh at day 0; otherwise the entity's state from a checkpoint (it then steps the day after).</param>
[GenerateSerializer, Immutable]
public sealed record EntityInit(
    [property: Id(0)] string RunId,
    [property: Id(1)] string EntityId,
    [property: Id(2)] Twin.Contracts.Kernel.RunRequest Run,
    [property: Id(3)] byte[]? State = null);
