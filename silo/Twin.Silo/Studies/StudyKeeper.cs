using Twin.Contracts.Studies;

namespace Twin.Silo.Studies;

/// <summary>
/// Wakes the studies still running every few seconds. A study lost with its silo comes back only
/// when something calls it; a planner watching it does, but a study started through the API and
/// left alone would wait for ever. Each silo does this; a study that is active only answers.
/// </summary>
public sealed class StudyKeeper(IGrainFactory grains, ILogger<StudyKeeper> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try { await Task.Delay(Every, stopping); } catch (OperationCanceledException) { return; }
            try
            {
                var running = await grains.GetGrain<IStudyCatalogGrain>(0).ListRunning();
                await Task.WhenAll(running.Select(id => grains.GetGrain<IStudyGrain>(id).GetStatus()));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogDebug("Could not look in on the running studies: {Reason}", e.Message);
            }
        }
    }
}
