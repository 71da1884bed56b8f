namespace Twin.Contracts.Studies;

/// <summary>Where a study is.</summary>
/// <param name="RunsFromCache">Runs whose results were already stored and were not recomputed.</param>
[GenerateSerializer, Immutable]
public sealed record StudyStatus(
    [property: Id(0)] string StudyId,
    [property: Id(1)] StudyKind Kind,
    [property: Id(2)] StudyState State,
    [property: Id(3)] int RunsDone,
    [property: Id(4)] int RunsTotal,
    [property: Id(5)] int RunsFromCache,
    [property: Id(6)] long DaysDone,
    [property: Id(7)] long DaysTotal,
    [property: Id(8)] string? Error,
    [property: Id(9)] DateTimeOffset CreatedAt,
    [property: Id(10)] string[] Variants,
    [property: Id(11)] string Title,
    [property: Id(12)] double ElapsedSeconds)
{
    public bool IsFinished => State is StudyState.Completed or StudyState.Failed or StudyState.Cancelled;

    public double Fraction => DaysTotal == 0 ? 0 : (double)DaysDone / DaysTotal;
}
