using Twin.Contracts.Kernel;

namespace Twin.Client.Runs;

/// <summary>
/// Starts one run under a given id (or finds it already done) and waits for its results, below
/// studies: for the benchmark, which times the kernel alone, and the kernel's tests. Planners run
/// studies (<see cref="Studies.TwinClient.StartStudyAsync"/>). Cancelling the token cancels the run.
/// </summary>
public static class SingleRun
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(40);

    public static async Task<RunResults> RunAsync(IGrainFactory grains, string runId, RunRequest request, CancellationToken cancellation)
    {
        var run = grains.GetGrain<IRunGrain>(runId);
        var status = await run.Start(request);
        try
        {
            while (!status.State.IsFinished())
            {
                await Task.Delay(PollInterval, cancellation);
                status = await TransientFailures.RetryAsync(run.GetStatus, cancellation);
            }
        }
        catch (OperationCanceledException)
        {
            await run.Cancel();
            throw;
        }
        return status.State switch
        {
            RunState.Completed => await run.GetResults(),
            RunState.Cancelled => throw new OperationCanceledException($"Run {runId} was cancelled."),
            _ => throw new RunFailedException(runId, status.Error ?? "unknown error"),
        };
    }
}
