namespace Twin.Contracts.Kernel;

/// <summary>
/// Owns one run's clock and lifecycle, keyed by run id. It advances the run in slices on a grain
/// timer, so no call blocks for long: callers start it, then poll <see cref="GetStatus"/>.
/// </summary>
public interface IRunGrain : IGrainWithStringKey
{
    /// <summary>Starts the run; if it already ran with the same request, its results stand and nothing is recomputed.</summary>
    Task<RunStatus> Start(RunRequest request);

    Task<RunStatus> GetStatus();

    /// <summary>The KPI series of a completed run; fails if the run has not completed.</summary>
    Task<RunResults> GetResults();

    /// <summary>Each entity's KPIs aggregated over the run; fails if the run has not completed.</summary>
    Task<RunAggregates> GetAggregates();

    /// <summary>One KPI of one entity for days <paramref name="fromDay"/> to <paramref name="toDay"/> inclusive (clamped to the run).</summary>
    Task<double[]> GetSeries(string entityId, string kpi, int fromDay, int toDay);

    /// <summary>Stops the run at the next tick barrier.</summary>
    Task<RunStatus> Cancel();
}
