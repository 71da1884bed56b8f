namespace Twin.Contracts.Studies;

/// <summary>
/// A study to run: its variants (for a comparison, the first is the baseline) each run for the
/// same replications with the same seeds, so replication k of every variant shares its streams.
/// With a fork point, every run starts from that point's state (a fork of the live twin) instead of day 0.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record StudyRequest(
    [property: Id(0)] StudyKind Kind,
    [property: Id(1)] StudyVariant[] Variants,
    [property: Id(2)] long Seed,
    [property: Id(3)] int Replications,
    [property: Id(4)] int Days,
    [property: Id(5)] int CheckpointEveryDays = Twin.Contracts.Kernel.RunRequest.DefaultCheckpointEveryDays,
    [property: Id(6)] string Title = "",
    [property: Id(7)] int MaxConcurrentRuns = 0,
    [property: Id(8)] string? ForkPoint = null);
