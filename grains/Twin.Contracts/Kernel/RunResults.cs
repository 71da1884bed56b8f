using Twin.Model.Kernel;

namespace Twin.Contracts.Kernel;

/// <summary>A finished run's KPI series, one per entity, in canonical entity order.</summary>
[GenerateSerializer, Immutable]
public sealed record RunResults(
    [property: Id(0)] string RunId,
    [property: Id(1)] string ScenarioHash,
    [property: Id(2)] long Seed,
    [property: Id(3)] int Replication,
    [property: Id(4)] int Days,
    [property: Id(5)] IReadOnlyList<KpiSeries> Series);
