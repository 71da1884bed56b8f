using System.Diagnostics.Metrics;
using Twin.Grains.Telemetry;

namespace Twin.Silo.Telemetry;

/// <summary>
/// The live twin's metrics: observable instruments on the twin's meter that read the latest
/// snapshot at each scrape. One instrument per family of <see cref="LiveMetricTable"/>, plus the
/// live clock. Every series carries `run="live"`; entities are labelled by id under their kind's
/// label (`route="rail-moscow"`), trading members only summed by role.
/// </summary>
public sealed class LiveMetrics
{
    private static readonly KeyValuePair<string, object?> RunLive = new("run", KernelMetrics.Live);
    private readonly LiveSnapshotService _snapshots;

    public LiveMetrics(LiveSnapshotService snapshots)
    {
        _snapshots = snapshots;
        var meter = TwinMeter.Instance;
        foreach (var family in LiveMetricTable.All.GroupBy(x => x.Metric.Name))
        {
            var members = family.ToArray();
            var first = members[0].Metric;
            if (first.Type == LiveMetricType.Counter)
                meter.CreateObservableCounter(first.Name, () => Observe(members), unit: null, description: first.Help);
            else
                meter.CreateObservableGauge(first.Name, () => Observe(members), unit: null, description: first.Help);
        }
        meter.CreateObservableGauge("twin_live_running", () => Clock(s => s.Running ? 1 : 0), description: "1 while the live twin runs.");
        meter.CreateObservableGauge("twin_live_day", () => Clock(s => s.DaysDone - 1), description: "The live twin's latest simulated day (0 is the scenario's start).");
        meter.CreateObservableCounter("twin_live_counted_ticks", () => Clock(s => s.DaysCounted),
            description: "Simulated days this silo has added to the live counters: a counter's increase divided by this one's is its value per simulated day.");
        meter.CreateObservableGauge("twin_live_date_timestamp_seconds", () => Clock(s => s.Today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).Subtract(DateTime.UnixEpoch).TotalSeconds),
            description: "The date of the live twin's latest simulated day (Unix time).");
        meter.CreateObservableGauge("twin_live_speed_ratio", () => Clock(s => s.DaysPerMinute * 1440), description: "Simulated time per wall-clock time (1 is real time).");
    }

    private IEnumerable<Measurement<double>> Clock(Func<LiveSnapshot, double> read)
    {
        var snapshot = _snapshots.Current;
        if (snapshot.Map.ScenarioHash.Length == 0) yield break;
        yield return new Measurement<double>(read(snapshot), RunLive);
    }

    private IEnumerable<Measurement<double>> Observe((LiveMetricKind Kind, LiveMetric Metric)[] members)
    {
        var snapshot = _snapshots.Current;
        foreach (var (kind, metric) in members)
        {
            var values = new List<(KeyValuePair<string, object?>[] Tags, double Value)>();
            foreach (var entity in snapshot.Entities)
            {
                if (entity.Kind != kind.Kind) continue;
                int k = entity.IndexOf(metric.Kpi);
                if (k < 0) continue;
                double value = (metric.Type == LiveMetricType.Counter ? entity.Totals[k] : entity.Latest[k]) * metric.Scale;
                if (double.IsFinite(value)) values.Add((Tags(snapshot, kind, metric, entity.Id), value));
            }
            if (kind.Summed)
                values = values.GroupBy(v => string.Join('\n', v.Tags.Select(t => t.Value)))
                    .Select(g => (g.First().Tags, g.Sum(v => v.Value))).ToList();
            foreach (var (tags, value) in values)
                yield return new Measurement<double>(value, tags);
        }
    }

    private static KeyValuePair<string, object?>[] Tags(LiveSnapshot snapshot, LiveMetricKind kind, LiveMetric metric, string id)
    {
        var tags = new List<KeyValuePair<string, object?>> { RunLive };
        if (!kind.Summed) tags.Add(new(kind.Label, id));
        var links = snapshot.Map.Find(id)?.Links;
        foreach (var field in kind.Links)
            tags.Add(new(field, links?.GetValueOrDefault(field) ?? ""));
        foreach (var (name, value) in metric.Labels ?? new Dictionary<string, string>())
            tags.Add(new(name, value));
        return tags.ToArray();
    }
}
