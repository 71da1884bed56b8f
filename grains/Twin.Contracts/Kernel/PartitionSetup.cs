namespace Twin.Contracts.Kernel;

/// <summary>The entities one partition grain steps, by index in the run's directory, and the checkpoint to start from (-1: fresh).</summary>
[GenerateSerializer, Immutable]
public sealed record PartitionSetup(
    [property: Id(0)] string RunId,
    [property: Id(1)] RunRequest Run,
    [property: Id(2)] int[] Members,
    [property: Id(3)] int RestoreDay = -1);
