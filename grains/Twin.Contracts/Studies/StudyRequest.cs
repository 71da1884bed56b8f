namespace Twin.Contracts.Studies;

/// <summary>
/// A study to run: its variants (for a comparison, the first is the baseline) each run for the
/// same replications with the same seeds, so replication k of every variant shares its streams.
/// With a fork point, every run starts from that point's state (a fork of the live twin) instead of day 0.
/// </summary>
/// <param name="ForkDay">With a fork point, the day of the point: the runs share every day up to it, so summaries default to the days after it.</param>
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
    [property: Id(8)] string? ForkPoint = null,
    [property: Id(9)] int ForkDay = -1)
{
    /// <summary>The days a summary covers unless asked otherwise: all of them, or a fork's days after its fork point.</summary>
    public Twin.Model.Kernel.KpiWindow DefaultWindow => ForkPoint is null || ForkDay < 0
        ? Twin.Model.Kernel.KpiWindow.All
        : new Twin.Model.Kernel.KpiWindow(ForkDay + 1, int.MaxValue);
}
