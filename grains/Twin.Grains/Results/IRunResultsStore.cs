using Twin.Contracts.Kernel;

namespace Twin.Grains.Results;

/// <summary>
/// Where finished runs' KPI series live. A run id names one computation (scenario content, seed,
/// replication, days, code version), so a stored result answers any later request for it.
/// </summary>
public interface IRunResultsStore
{
    Task SaveAsync(RunResults results, CancellationToken cancellation = default);

    /// <summary>
    /// The stored results of a run, or null if it has none. Throws
    /// <see cref="StoredResultsUnreadableException"/> (naming the run) if they cannot be read back.
    /// </summary>
    Task<RunResults?> LoadAsync(string runId, CancellationToken cancellation = default);

    /// <summary>Forgets a run's results (unreadable ones), so the run is computed again when asked for.</summary>
    Task DeleteAsync(string runId, CancellationToken cancellation = default);
}
