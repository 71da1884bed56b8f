namespace Twin.Contracts.Entities;

/// <summary>What an entity grain needs to build its model: the run, which entity it is, and where to start.</summary>
/// <param name="RestoreDay">-1 to start fresh at day 0; otherwise the checkpoint day to restore (the entity then steps day RestoreDay + 1 next).</param>
[GenerateSerializer, Immutable]
public sealed record EntityInit(
    [property: Id(0)] string RunId,
    [property: Id(1)] string EntityId,
    [property: Id(2)] Twin.Contracts.Kernel.RunRequest Run,
    [property: Id(3)] int RestoreDay = -1);
