using Orleans.Concurrency;

namespace Twin.Contracts.Kernel;

/// <summary>
/// Owns one run's clock and lifecycle, keyed by run id. It advances the run in slices on a grain
/// timer, so no call blocks for long: callers start it, then poll <see cref="GetStatus"/>.
/// </summary>
public interface IRunGrain : IGrainWithStringKey
{
    /// <summary>
    /// Starts the run for a caller of its own (a test, a benchmark, the live twin); if it already
    /// ran with the same request, its results stand and nothing is recomputed. A failed or
    /// cancelled run starts again from its last checkpoint (or day 0 without one).
    /// </summary>
    Task<RunStatus> Start(RunRequest request);

    /// <summary>
    /// As <see cref="Start"/>, on behalf of <paramref name="holder"/> (a study id): the run is
    /// shared by everyone who asked for it and cancelled only when none of them still wants it.
    /// </summary>
    Task<RunStatus> StartFor(RunRequest request, string holder);

    /// <summary>
    /// Where the run stands. It interleaves with the clock's turns (a run's set-up can take seconds
    /// on a busy machine), so a study polling it, or cancelling, is never held up behind them.
    /// </summary>
    [AlwaysInterleave]
    Task<RunStatus> GetStatus();

    /// <summary>What the run was started with (its scenario among it); null if it was never started.</summary>
    Task<RunRequest?> GetRequest();

    /// <summary>The KPI series of a completed run; fails if the run has not completed.</summary>
    Task<RunResults> GetResults();

    /// <summary>
    /// Each entity's KPIs aggregated over days <paramref name="fromDay"/> to <paramref name="toDay"/>
    /// inclusive (clamped to the run), each as its declaration says; fails if the run has not completed.
    /// </summary>
    Task<RunAggregates> GetAggregates(int fromDay, int toDay);

    /// <summary>One KPI of one entity for days <paramref name="fromDay"/> to <paramref name="toDay"/> inclusive (clamped to the run).</summary>
    Task<double[]> GetSeries(string entityId, string kpi, int fromDay, int toDay);

    /// <summary>
    /// Records observed values (the live twin). Each replaces the simulated value of its day and
    /// is handed to its entity at the next tick; values for the same KPI and day either add up
    /// (counts, volumes) or replace each other (prices), as each says.
    /// </summary>
    Task<ObservationReceipt> Observe(KpiObservation[] observations);

    /// <summary>The last <paramref name="days"/> days of every entity's KPIs, while the run goes on.</summary>
    Task<RunRecent> GetRecent(int days);

    /// <summary>
    /// Captures the run's whole state at the current tick barrier as a fork point (stored under
    /// <paramref name="forkId"/>), from which what-if runs continue on the same random streams.
    /// </summary>
    Task<ForkPointInfo> Fork(string forkId);

    /// <summary>Withdraws the caller that used <see cref="Start"/>; stops the run at the next tick barrier if no one else still wants it.</summary>
    Task<RunStatus> Cancel();

    /// <summary>Withdraws <paramref name="holder"/>; stops the run at the next tick barrier if no one else still wants it.</summary>
    Task<RunStatus> CancelFor(string holder);
}
