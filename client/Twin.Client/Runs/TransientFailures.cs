using Twin.Contracts.Kernel;

namespace Twin.Client.Runs;

/// <summary>
/// Rides out the moments after a silo dies: calls to grains it held fail or time out until the
/// cluster declares it dead and the grains come back elsewhere (a run resumes from its
/// checkpoint). Other failures are not retried.
/// </summary>
public static class TransientFailures
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(3);

    public static async Task<T> RetryAsync<T>(Func<Task<T>> call, CancellationToken cancellation)
    {
        var deadline = DateTime.UtcNow + GiveUpAfter;
        var delay = TimeSpan.FromMilliseconds(200);
        while (true)
        {
            try
            {
                return await call();
            }
            catch (Exception e) when (SiloLoss.Explains(e) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(delay, cancellation);
                delay = TimeSpan.FromMilliseconds(Math.Min(2000, delay.TotalMilliseconds * 2));
            }
        }
    }
}
