using Microsoft.Extensions.Logging;
using Twin.Contracts.Kernel;

namespace Twin.Grains.Kernel;

/// <summary>How a run ends: its results stored and its partitions let go, or failed or cancelled with its last checkpoint kept.</summary>
public sealed partial class RunGrain
{
    private async Task Complete(RunRequest request)
    {
        var series = await Task.WhenAll(_partitions.Select(p => p.CollectKpis()));
        var all = series.SelectMany(s => s).OrderBy(s => s.EntityId, StringComparer.Ordinal).ToArray();
        _results = new RunResults(RunId, request.ScenarioHash, request.Seed, request.Replication, request.Days, all);
        await resultsStore.SaveAsync(_results);
        await Finish(RunState.Completed, error: null);
        logger.LogInformation("Run {RunId} completed {Days} days in {Seconds:F2} s", RunId, _day, Record.ElapsedSeconds);
    }

    /// <summary>
    /// Records the end of the run, stops the clock and lets partitions and entities go. A completed
    /// run's checkpoints are deleted (its results are stored); a failed or cancelled run keeps its
    /// last one, so asking for it again resumes from there.
    /// </summary>
    private async Task Finish(RunState state, string? error)
    {
        var before = (Record.State, Record.Error, Record.Holders.ToList(), Record.CheckpointDay, Record.InFlight, Record.ElapsedSeconds);
        _endBeingRecorded = Status();
        // Whatever happens to the write, this activation's partitions are done: a retry rebuilds them.
        _plan = null;
        Record.State = state;
        Record.Error = error;
        Record.Holders.Clear();
        if (state == RunState.Completed)
            (Record.CheckpointDay, Record.InFlight) = (-1, []);
        Record.ElapsedSeconds += _elapsed.Elapsed.TotalSeconds;
        try
        {
            await WriteRecord();
        }
        catch (Exception) when (!_steppedDown)
        {
            // Not recorded (the database stayed away): the run is still running as far as anyone knows.
            (Record.State, Record.Error, Record.Holders, Record.CheckpointDay, Record.InFlight, Record.ElapsedSeconds) = before;
            throw;
        }
        finally
        {
            _endBeingRecorded = null;
        }
        StopClock();
        _elapsed.Reset();
        var partitions = _partitions;
        _partitions = [];
        try
        {
            await Task.WhenAll(partitions.Select(p => p.Release(deleteCheckpoints: state == RunState.Completed)));
        }
        catch (Exception e)
        {
            // The end is recorded; a partition that cannot be reached now deactivates when idle.
            logger.LogInformation("Run {RunId}: not every partition could be released ({Reason})", RunId, Describe(e));
        }
    }
}
