using Twin.Model.Kernel;

namespace Twin.Contracts.Results;

/// <summary>
/// Reads finished runs' results straight from the results store, one run a call, cut down to what
/// the caller asked for. A stateless worker that keeps nothing: exporting a study holds one run in
/// memory at a time, however many runs the study has, and leaves no run grain holding its results.
/// </summary>
public interface IResultsReaderGrain : IGrainWithIntegerKey
{
    /// <summary>The run's series filtered by <paramref name="filter"/>; fails if the store has no results for the run.</summary>
    Task<RunSlice> Read(string runId, ResultFilter filter);
}

/// <summary>Which part of a run's results to read: KPIs, entities and days (null: all).</summary>
[GenerateSerializer, Immutable]
public sealed record ResultFilter(
    [property: Id(0)] string[]? Kpis = null,
    [property: Id(1)] string[]? Entities = null,
    [property: Id(2)] int? FromDay = null,
    [property: Id(3)] int? ToDay = null)
{
    public static readonly ResultFilter All = new();
}

/// <summary>Part of a run's results: each series holds the days from <paramref name="FromDay"/> on.</summary>
[GenerateSerializer, Immutable]
public sealed record RunSlice([property: Id(0)] int FromDay, [property: Id(1)] KpiSeries[] Series);
