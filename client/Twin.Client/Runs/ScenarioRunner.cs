using Twin.Contracts.Kernel;

namespace Twin.Client.Runs;

/// <summary>
/// Runs every replication of a scenario on the cluster, a bounded number at a time, and follows
/// them by polling their run grains. Cancelling the token cancels the runs.
/// </summary>
public sealed class ScenarioRunner(IGrainFactory grains)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(40);

    public async Task<RunSetResults> RunAsync(ScenarioDocument scenario, RunOptions options,
        IProgress<RunProgress>? progress = null, CancellationToken cancellation = default)
    {
        int days = options.Days ?? scenario.Scenario.Days;
        long seed = options.Seed ?? scenario.Scenario.Seed;
        int replications = options.Replications ?? scenario.Scenario.Replications;
        if (days < 1) throw new ArgumentOutOfRangeException(nameof(options), $"days must be at least 1, got {days}");
        if (replications < 1) throw new ArgumentOutOfRangeException(nameof(options), $"replications must be at least 1, got {replications}");

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var tracker = new ProgressTracker(replications, days, progress);
        using var gate = new SemaphoreSlim(Math.Max(1, options.MaxConcurrentRuns));
        var runs = Enumerable.Range(0, replications).Select(async replication =>
        {
            await gate.WaitAsync(cancellation);
            try
            {
                var request = new RunRequest(scenario.CanonicalJson, scenario.Hash, seed, replication, days, options.EntitiesPerPartition, options.CheckpointEveryDays);
                return await RunOneAsync(RunIds.For(scenario.Scenario.Name, scenario.Hash, seed, replication, days), request, replication, tracker, cancellation);
            }
            finally
            {
                gate.Release();
            }
        }).ToArray();
        var results = await Task.WhenAll(runs);
        return new RunSetResults(scenario, seed, days, results, clock.Elapsed);
    }

    /// <summary>Starts one run (or finds it already done) and waits for its results.</summary>
    public async Task<RunResults> RunOneAsync(string runId, RunRequest request, int slot, ProgressTracker? tracker, CancellationToken cancellation)
    {
        var run = grains.GetGrain<IRunGrain>(runId);
        var status = await run.Start(request);
        try
        {
            while (!status.State.IsFinished())
            {
                tracker?.Update(slot, status.DaysDone, finished: false);
                await Task.Delay(PollInterval, cancellation);
                status = await TransientFailures.RetryAsync(run.GetStatus, cancellation);
            }
        }
        catch (OperationCanceledException)
        {
            await run.Cancel();
            throw;
        }
        tracker?.Update(slot, status.DaysDone, finished: true);
        return status.State switch
        {
            RunState.Completed => await run.GetResults(),
            RunState.Cancelled => throw new OperationCanceledException($"Run {runId} was cancelled."),
            _ => throw new RunFailedException(runId, status.Error ?? "unknown error"),
        };
    }
}
