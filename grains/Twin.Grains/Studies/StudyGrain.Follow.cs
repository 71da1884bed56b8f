using Microsoft.Extensions.Logging;
using Twin.Contracts.Kernel;
using Twin.Contracts.Studies;
using Twin.Grains.Telemetry;

namespace Twin.Grains.Studies;

/// <summary>
/// The study's timer: start runs up to the limit, poll the ones under way, end when all are done.
/// Only a run's own failure fails the study: a call that fails because a silo went away, a run
/// was re-placed or the database is unreachable is tried again after a pause that grows each time.
/// </summary>
public sealed partial class StudyGrain
{
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(5);

    private int _failuresInARow;
    private DateTime _retryAt;

    private async Task Follow(CancellationToken cancellation)
    {
        // A silo shutting down follows nothing: the study goes on wherever it is activated next.
        if (Record.State != StudyState.Running || _steppedDown || DateTime.UtcNow < _retryAt || SiloStopping) return;
        try
        {
            if (!_listed) await ListInCatalog();
            var (changed, failure) = await PollActive();
            if (failure is not null)
            {
                await End(StudyState.Failed, failure);
                return;
            }
            changed |= await StartMore();
            KernelMetrics.StudyProgress(StudyId, Record.Progress.Count(p => p == 0), Record.Progress.Count(p => p == 1));
            if (Record.Progress.All(p => p == 2))
                await End(StudyState.Completed, error: null);
            else if (changed)
                await WriteRecord();
            _failuresInARow = 0;
        }
        catch (Exception) when (_steppedDown || SiloStopping)
        {
            // Another activation follows the study now (see WriteRecord), or this silo is going away.
        }
        catch (Exception e)
        {
            _failuresInARow++;
            var pause = TimeSpan.FromMilliseconds(Math.Min(LongestPause.TotalMilliseconds, 100 * Math.Pow(2, _failuresInARow - 1)));
            _retryAt = DateTime.UtcNow + pause;
            logger.LogWarning("Study {StudyId} could not follow its runs ({Reason}); trying again in {Pause} ms",
                StudyId, $"{e.GetType().Name}: {e.Message}", (int)pause.TotalMilliseconds);
        }
    }

    /// <summary>Reads the active runs' progress; a run that failed fails the study (its error is returned).</summary>
    private async Task<(bool Changed, string? Failure)> PollActive()
    {
        var active = Enumerable.Range(0, Record.Runs.Length).Where(i => Record.Progress[i] == 1).ToArray();
        var statuses = await Task.WhenAll(active.Select(i => Run(i).GetStatus()));
        bool changed = false;
        for (int k = 0; k < active.Length; k++)
        {
            int i = active[k];
            var status = statuses[k];
            _daysDone[i] = status.DaysDone;
            switch (status.State)
            {
                case RunState.Completed:
                    Record.Progress[i] = 2;
                    changed = true;
                    break;
                case RunState.Failed:
                    return (changed, $"run {status.RunId} failed: {status.Error ?? "no reason given"}");
                case RunState.Cancelled:
                case RunState.Created:
                    // Cancelled by someone else, or its record lost: this study still wants it, so ask again.
                    Record.Progress[i] = 0;
                    changed = true;
                    break;
            }
        }
        return (changed, null);
    }

    private async Task<bool> StartMore()
    {
        int limit = Record.Request!.MaxConcurrentRuns > 0 ? Record.Request.MaxConcurrentRuns : Math.Max(1, options.Value.MaxConcurrentRuns);
        int active = Record.Progress.Count(p => p == 1);
        bool changed = false;
        for (int i = 0; i < Record.Runs.Length && active < limit; i++)
        {
            if (Record.Progress[i] != 0) continue;
            var status = await Run(i).StartFor(RequestOf(i), StudyId);
            changed = true;
            if (status.State == RunState.Completed)
            {
                // Stored already: the result cache answers, nothing runs.
                Record.Progress[i] = 2;
                Record.RunsFromCache++;
                _daysDone[i] = status.Days;
            }
            else
            {
                Record.Progress[i] = 1;
                active++;
            }
        }
        return changed;
    }

    /// <summary>Records how the study ended; if that cannot be written, it goes on as if it had not ended.</summary>
    private async Task End(StudyState state, string? error)
    {
        var before = (Record.State, Record.Error, Record.ElapsedSeconds);
        Record.State = state;
        Record.Error = error;
        Record.ElapsedSeconds += _elapsed.Elapsed.TotalSeconds;
        try
        {
            await WriteRecord();
        }
        catch (Exception) when (!_steppedDown)
        {
            (Record.State, Record.Error, Record.ElapsedSeconds) = before;
            throw;
        }
        _elapsed.Reset();
        _timer?.Dispose();
        _timer = null;
        KernelMetrics.StudyEnded(StudyId, state.ToString().ToLowerInvariant());
        logger.LogInformation("Study {StudyId} {State} after {Seconds:F1} s", StudyId, state, Record.ElapsedSeconds);
        try
        {
            await GrainFactory.GetGrain<IStudyCatalogGrain>(0).Ended(StudyId);
        }
        catch (Exception e)
        {
            // The study's own record says it ended; a silo that wakes it later finds that and stops.
            logger.LogInformation("Study {StudyId} ended but the catalog was not told ({Reason})", StudyId, e.Message);
        }
    }
}
