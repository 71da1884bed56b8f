using Microsoft.Extensions.Options;
using Twin.Client.Live;
using Twin.Contracts.Kernel;
using Twin.Model.Scenarios;
using Twin.Silo.Zone;

namespace Twin.Silo.Telemetry;

/// <summary>
/// Looks at the live run every few seconds and keeps a snapshot of it for the metrics and the
/// page: its clock, its scenario's map, and every entity's latest values and running totals.
/// Every silo that runs the live twin keeps its own (they all see the same live run), so scrape any of them.
/// </summary>
public sealed class LiveSnapshotService(
    IGrainFactory grains,
    IOptions<TelemetryOptions> options,
    IOptions<Twin.Silo.Live.LiveTwinOptions> live,
    ILogger<LiveSnapshotService> logger) : BackgroundService
{
    private volatile LiveSnapshot _current = LiveSnapshot.Empty;

    public LiveSnapshot Current => _current;

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        // A silo that does not run the live twin does not look for it (nor keep its grain awake).
        if (!live.Value.Enabled) return;
        var period = TimeSpan.FromSeconds(Math.Max(0.2, options.Value.RefreshSeconds));
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                _current = await RefreshAsync(_current);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogDebug("The live twin's snapshot was not refreshed: {Reason}", e.Message);
                _current = _current with { Running = false };
            }
            try { await Task.Delay(period, stopping); } catch (OperationCanceledException) { }
        }
    }

    private async Task<LiveSnapshot> RefreshAsync(LiveSnapshot previous)
    {
        var live = grains.GetGrain<IRunGrain>(LiveRun.Id);
        var status = await live.GetStatus();
        if (status.State != RunState.Running || status.DaysDone == 0)
            return previous with { Running = false };
        var (map, pace) = (previous.Map, previous.DaysPerMinute);
        if (map.ScenarioHash.Length == 0 || status.DaysDone < previous.DaysDone)
            (map, pace) = await LoadAsync(live) ?? (map, pace);
        // Ask for every day since the last look (and a little more: the clock moves while we ask). The
        // first look reads back as far as it may, so per-event gauges start from their last event
        // (an auction weeks ago) rather than stay empty until the next; it counts nothing.
        bool firstLook = previous.DaysDone == 0 || status.DaysDone < previous.DaysDone;
        int missing = firstLook ? status.DaysDone + 1 : status.DaysDone - previous.DaysDone + 2;
        var recent = await live.GetRecent(Math.Clamp(missing, 1, Math.Max(1, options.Value.MaxCatchUpDays)));
        var today = map.Start.AddDays(Math.Max(0, recent.DaysDone - 1));
        return LiveTally.Fold(previous, recent, running: true, today, pace, map);
    }

    /// <summary>The live run's scenario map and pace; read again only when the run starts afresh.</summary>
    private static async Task<(ZoneMap Map, double Pace)?> LoadAsync(IRunGrain live)
    {
        var request = await live.GetRequest();
        var scenario = request is null ? null : ScenarioLoader.Load(request.ScenarioJson).Scenario;
        return scenario is null ? null : (ZoneMap.From(scenario, request!.ScenarioHash), request.PaceDaysPerMinute);
    }
}
