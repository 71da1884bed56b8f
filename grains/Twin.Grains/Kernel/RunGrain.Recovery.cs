using Orleans.Storage;
using Microsoft.Extensions.Logging;
using Twin.Contracts.Kernel;
using Twin.Grains.Results;

namespace Twin.Grains.Kernel;

/// <summary>
/// How a run rides out the cluster's failures: every failure that is not the run's own sends it
/// back to its last checkpoint after a pause that grows with each failure in a row; the first write
/// after a resume claims the run, so that of two activations (a duplicate left by a cluster change)
/// the stale one finds the record moved on and steps down instead of stepping the run twice.
/// </summary>
public sealed partial class RunGrain
{
    /// <summary>How long a run may fail again and again without stepping a day before it gives up.</summary>
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(5);

    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(5);

    private int _failuresInARow;
    private DateTime _retryAt;
    private DateTime _lastProgress = DateTime.UtcNow;
    private bool _claimOnPrepare;
    private bool _steppedDown;

    /// <summary>The next preparation rebuilds the run from its checkpoint, and writes its record first to claim it.</summary>
    private void ClaimOnResume()
    {
        Record.Resumptions++;
        _claimOnPrepare = true;
        _plan = null;
    }

    /// <summary>
    /// A failure of the cluster (a silo lost, an activation re-placed, the database away): back to
    /// the checkpoint, after a pause. True if the run should go on; false once it gave up.
    /// </summary>
    private bool RideOut(Exception e)
    {
        _stepping.Stop();
        _failuresInARow++;
        var pause = TimeSpan.FromMilliseconds(Math.Min(LongestPause.TotalMilliseconds, 100 * Math.Pow(2, _failuresInARow - 1)));
        _retryAt = DateTime.UtcNow + pause;
        logger.LogWarning("Run {RunId} lost part of itself at day {Day} ({Reason}); resuming from the checkpoint of day {Checkpoint} in {Pause} ms",
            RunId, _day, Describe(e), Record.CheckpointDay, (int)pause.TotalMilliseconds);
        ClaimOnResume();
        return DateTime.UtcNow - _lastProgress < GiveUpAfter;
    }

    /// <summary>The run stepped a day: failures before it no longer count against it.</summary>
    private void Progressed()
    {
        _failuresInARow = 0;
        _lastProgress = DateTime.UtcNow;
    }

    /// <summary>Writes the run's record; if another activation wrote it meanwhile, this one is stale and steps down.</summary>
    private async Task WriteRecord()
    {
        try
        {
            await record.WriteStateAsync();
        }
        catch (InconsistentStateException)
        {
            _steppedDown = true;
            StopClock();
            _plan = null;
            logger.LogWarning("Run {RunId}: another activation took the run over; this one on {Silo} steps down", RunId, SiloEndpoint);
            DeactivateOnIdle();
            throw;
        }
    }

    /// <summary>
    /// The stored results of a completed run. Unreadable ones (a damaged row) are dropped, so the
    /// run is recomputed as if they had never been stored.
    /// </summary>
    private async Task<RunResults?> StoredResults()
    {
        if (_results is not null) return _results;
        try
        {
            return _results = await resultsStore.LoadAsync(RunId);
        }
        catch (StoredResultsUnreadableException e)
        {
            logger.LogWarning("{Problem} Dropping them: the run is recomputed when asked for again.", e.Message);
            await resultsStore.DeleteAsync(RunId);
            return null;
        }
    }

    private static string Describe(Exception e) => e is AggregateException { InnerExceptions.Count: > 0 } a ? Describe(a.InnerExceptions[0]) : $"{e.GetType().Name}: {e.Message}";
}
