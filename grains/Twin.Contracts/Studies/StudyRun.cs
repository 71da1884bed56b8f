namespace Twin.Contracts.Studies;

/// <summary>One run of a study: which variant, which replication, and the run's id.</summary>
[GenerateSerializer, Immutable]
public sealed record StudyRun([property: Id(0)] string RunId, [property: Id(1)] int Variant, [property: Id(2)] int Replication);

/// <summary>A study's request and its runs, in variant-then-replication order.</summary>
[GenerateSerializer, Immutable]
public sealed record StudyDefinition(
    [property: Id(0)] string StudyId,
    [property: Id(1)] StudyRequest Request,
    [property: Id(2)] StudyRun[] Runs,
    [property: Id(3)] DateTimeOffset CreatedAt);
