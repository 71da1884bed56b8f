using Microsoft.Extensions.Logging;
using Twin.Contracts.Kernel;
using Twin.Contracts.Studies;
using Twin.Grains.Telemetry;

namespace Twin.Grains.Studies;

/// <summary>The study's timer: start runs up to the limit, poll the ones under way, end when all are done.</summary>
public sealed partial class StudyGrain
{
    private async Task Follow(CancellationToken cancellation)
    {
        if (Record.State != StudyState.Running) return;
        try
        {
            bool changed = await PollActive();
            changed |= await StartMore();
            KernelMetrics.StudyProgress(StudyId, Record.Progress.Count(p => p == 0), Record.Progress.Count(p => p == 1));
            if (Record.Progress.All(p => p == 2))
                await End(StudyState.Completed, error: null);
            else if (changed)
                await record.WriteStateAsync();
        }
        catch (Exception e)
        {
            logger.LogError(e, "Study {StudyId} failed", StudyId);
            await End(StudyState.Failed, e.Message);
        }
    }

    private async Task<bool> PollActive()
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
                case RunState.Cancelled:
                    throw new InvalidOperationException($"run {status.RunId} {status.State.ToString().ToLowerInvariant()}: {status.Error ?? "no reason given"}");
            }
        }
        return changed;
    }

    private async Task<bool> StartMore()
    {
        int limit = Record.Request!.MaxConcurrentRuns > 0 ? Record.Request.MaxConcurrentRuns : Math.Max(1, options.Value.MaxConcurrentRuns);
        int active = Record.Progress.Count(p => p == 1);
        bool changed = false;
        for (int i = 0; i < Record.Runs.Length && active < limit; i++)
        {
            if (Record.Progress[i] != 0) continue;
            var status = await Run(i).Start(RequestOf(i));
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

    private async Task End(StudyState state, string? error)
    {
        _elapsed.Stop();
        _timer?.Dispose();
        _timer = null;
        Record.State = state;
        Record.Error = error;
        Record.ElapsedSeconds += _elapsed.Elapsed.TotalSeconds;
        _elapsed.Reset();
        await record.WriteStateAsync();
        KernelMetrics.StudyEnded(StudyId, state.ToString().ToLowerInvariant());
        logger.LogInformation("Study {StudyId} {State} after {Seconds:F1} s", StudyId, state, Record.ElapsedSeconds);
    }
}
