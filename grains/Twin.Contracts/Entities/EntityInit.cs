namespace Twin.Contracts.Entities;

/// <summary>What an entity grain needs to build its model: the run, and which entity it is.</summary>
[GenerateSerializer, Immutable]
public sealed record EntityInit(
    [property: Id(0)] string RunId,
    [property: Id(1)] string EntityId,
    [property: Id(2)] Twin.Contracts.Kernel.RunRequest Run);
