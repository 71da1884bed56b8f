namespace Twin.Contracts.Kernel;

/// <summary>
/// One number per entity per KPI for a finished run over a window of days (each KPI aggregated as
/// its declaration says: a total, a mean, a weighted mean, a pooled quantile or the last value).
/// Small enough to fetch for many runs.
/// </summary>
/// <param name="Values">Per entity (same order as <paramref name="Entities"/>), the aggregate of each of its KPIs in <paramref name="Kpis"/> order.</param>
[GenerateSerializer, Immutable]
public sealed record RunAggregates(
    [property: Id(0)] string RunId,
    [property: Id(1)] string[] Entities,
    [property: Id(2)] string[] Kinds,
    [property: Id(3)] string[][] Kpis,
    [property: Id(4)] double[][] Values);
