using Microsoft.Extensions.Logging;

namespace Twin.Storage.Resilience;

/// <summary>
/// Waits out a database outage: retries a call that failed for a transient reason with a growing
/// pause (0.1 s doubling to 5 s) until it succeeds or <see cref="Window"/> has passed since its
/// first failure, then gives up with <see cref="DatabaseUnavailableException"/>.
/// </summary>
public sealed class OutagePolicy(TimeSpan window, ILogger logger)
{
    /// <summary>The outage window unless configured (Twin:Storage:OutageWindow).</summary>
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromMinutes(2);

    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(5);

    public TimeSpan Window => window;

    /// <param name="what">What is retried, for the log ("writing run state").</param>
    /// <param name="retryable">Which failures to retry besides transient ones' own test (none by default).</param>
    public async Task<T> RunAsync<T>(Func<Task<T>> call, string what, Func<Exception, bool>? retryable = null, CancellationToken cancellation = default)
    {
        DateTime? since = null;
        var pause = FirstPause;
        while (true)
        {
            try
            {
                var result = await call();
                if (since is { } start)
                    logger.LogWarning("The database answered again: {What} succeeded after {Seconds:F1} s", what, (DateTime.UtcNow - start).TotalSeconds);
                return result;
            }
            catch (Exception e) when (TransientDatabaseErrors.Explain(e) || retryable?.Invoke(e) == true)
            {
                since ??= DateTime.UtcNow;
                if (DateTime.UtcNow - since >= window)
                    throw new DatabaseUnavailableException(
                        $"The database was unreachable for {window.TotalSeconds:F0} s while {what}: {e.Message}", e);
                if (pause == FirstPause)
                    logger.LogWarning("The database is unreachable while {What} ({Reason}); retrying for up to {Window:F0} s", what, e.Message, window.TotalSeconds);
                await Task.Delay(pause, cancellation);
                pause = TimeSpan.FromTicks(Math.Min(LongestPause.Ticks, pause.Ticks * 2));
            }
        }
    }

    public Task RunAsync(Func<Task> call, string what, CancellationToken cancellation = default) =>
        RunAsync(async () =>
        {
            await call();
            return true;
        }, what, cancellation: cancellation);
}
