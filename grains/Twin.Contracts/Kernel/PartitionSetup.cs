namespace Twin.Contracts.Kernel;

/// <summary>The entities one partition grain steps, by index in the run's directory, and where they start.</summary>
/// <param name="RestoreDay">-1 to start fresh; otherwise the checkpoint day the members resume after.</param>
/// <param name="States">The members' states at <paramref name="RestoreDay"/> when they come from elsewhere (a fork of another run); null to read the partition's own checkpoint.</param>
/// <param name="StreamsKey">For a replication k > 0 of a fork: (fork id, k), which moves every restored random stream to that replication's own.</param>
[GenerateSerializer, Immutable]
public sealed record PartitionSetup(
    [property: Id(0)] string RunId,
    [property: Id(1)] RunRequest Run,
    [property: Id(2)] int[] Members,
    [property: Id(3)] int RestoreDay = -1,
    [property: Id(4)] byte[][]? States = null,
    [property: Id(5)] string? StreamsKey = null);

/// <summary>A partition's members' states after a day, with the messages among them still in flight.</summary>
[GenerateSerializer, Immutable]
public sealed record PartitionSnapshot([property: Id(0)] byte[][] States, [property: Id(1)] Twin.Model.Kernel.Message[] Pending);
