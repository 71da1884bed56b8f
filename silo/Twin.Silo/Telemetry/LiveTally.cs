using Twin.Contracts.Kernel;
using Twin.Model.Kernel;

namespace Twin.Silo.Telemetry;

/// <summary>
/// Folds the live run's latest days into a snapshot. Each simulated day is added to the totals
/// once, the first time a refresh sees it; the first refresh only sets the starting point, so a
/// counter counts the days since this silo started watching (Prometheus' rate and increase need
/// no more). If the run's clock goes back (the live run was started afresh) the totals restart.
/// </summary>
public static class LiveTally
{
    /// <summary>Gauges of per-event KPIs, (kind, KPI): they hold their last event's value on days without one.</summary>
    private static readonly HashSet<(string Kind, string Kpi)> HoldLastEvent = LiveMetricTable.Kinds
        .SelectMany(k => k.Metrics.Where(m => m.HoldsLastEvent).Select(m => (k.Kind, m.Kpi)))
        .ToHashSet();

    /// <param name="recent">Days <see cref="RunRecent.FromDay"/> to <see cref="RunRecent.DaysDone"/> − 1 of every entity.</param>
    public static LiveSnapshot Fold(LiveSnapshot previous, RunRecent recent, bool running, DateOnly today, double daysPerMinute, Zone.ZoneMap map)
    {
        bool restart = recent.DaysDone < previous.DaysDone || previous.Entities.Count == 0 || map.ScenarioHash != previous.Map.ScenarioHash;
        int firstNew = restart ? recent.DaysDone - 1 : Math.Max(previous.DaysDone, recent.FromDay);
        var before = previous.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var entities = new List<LiveEntityValues>(recent.Series.Count);
        foreach (var series in recent.Series)
        {
            if (series.Days == 0) continue;
            var old = restart ? null : before.GetValueOrDefault(series.EntityId);
            if (old is not null && !old.Names.SequenceEqual(series.Names)) old = null;
            entities.Add(FoldEntity(series, old, recent.FromDay, restart ? series.Days : firstNew - recent.FromDay));
        }
        int counted = restart ? 0 : Math.Max(0, recent.DaysDone - firstNew);
        return new LiveSnapshot(running, recent.DaysDone, today, daysPerMinute, (restart ? 0 : previous.DaysCounted) + counted, map, entities);
    }

    /// <param name="firstNewIndex">The first day of the series (0-based within it) not yet added to the totals.</param>
    private static LiveEntityValues FoldEntity(KpiSeries series, LiveEntityValues? old, int fromDay, int firstNewIndex)
    {
        int n = series.Names.Count;
        var latest = old?.Latest.ToArray() ?? Enumerable.Repeat(double.NaN, n).ToArray();
        var totals = old?.Totals.ToArray() ?? new double[n];
        int last = series.Days - 1;
        for (int k = 0; k < n; k++)
        {
            for (int d = Math.Max(0, firstNewIndex); d <= last; d++)
                if (double.IsFinite(series.Get(d, k))) totals[k] += series.Get(d, k);
            latest[k] = LatestValue(series, k, latest[k]);
        }
        return new LiveEntityValues(series.EntityId, series.Kind, series.Names, latest, totals);
    }

    /// <summary>The latest day's value; for a per-event KPI, the latest day that had an event (a value), else what it held.</summary>
    private static double LatestValue(KpiSeries series, int k, double held)
    {
        if (!HoldLastEvent.Contains((series.Kind, series.Names[k])))
            return series.Get(series.Days - 1, k);
        for (int d = series.Days - 1; d >= 0; d--)
            if (double.IsFinite(series.Get(d, k))) return series.Get(d, k);
        return held;
    }
}
