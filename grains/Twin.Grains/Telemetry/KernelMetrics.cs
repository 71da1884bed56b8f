using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Twin.Grains.Telemetry;

/// <summary>
/// The kernel's metrics, reported by the run and study grains of this silo. The `run` label is
/// `live` for the paced run (the live twin) and `batch` for every run that goes as fast as it can
/// (studies, forks, `twin run`), so no run id ever becomes a label.
/// </summary>
public static class KernelMetrics
{
    public const string Live = "live";
    public const string Batch = "batch";

    private static readonly Counter<long> Ticks = TwinMeter.Instance.CreateCounter<long>(
        "twin_ticks", description: "Days stepped by the runs of this silo (each a superstep with its barrier).");

    private static readonly Histogram<double> TickSeconds = TwinMeter.Instance.CreateHistogram(
        "twin_tick_duration_seconds", unit: null, description: "Wall time of one tick: every partition stepped and the barrier passed.",
        tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5] });

    private static readonly Counter<long> Checkpoints = TwinMeter.Instance.CreateCounter<long>(
        "twin_checkpoints", description: "Checkpoints written by the runs of this silo.");

    private static readonly Counter<long> StudiesEnded = TwinMeter.Instance.CreateCounter<long>(
        "twin_studies_finished", description: "Studies that ended on this silo, by how they ended.");

    // Activations that are running now, keyed by grain id: each silo counts its own, Prometheus sums the cluster.
    private static readonly ConcurrentDictionary<string, string> ActiveRuns = new();
    private static readonly ConcurrentDictionary<string, (int Queued, int Running)> ActiveStudies = new();

    static KernelMetrics()
    {
        TwinMeter.Instance.CreateObservableGauge("twin_runs_active", ObserveRuns,
            description: "Runs whose clock is going on this silo.");
        TwinMeter.Instance.CreateObservableGauge("twin_studies_active", () => new Measurement<int>(ActiveStudies.Count),
            description: "Studies under way on this silo.");
        TwinMeter.Instance.CreateObservableGauge("twin_study_runs", ObserveStudyRuns,
            description: "Runs of the studies under way on this silo: queued (waiting for a slot) or running.");
        // Every label value from the start, at zero, so that a dashboard shows 0 rather than no data.
        foreach (var run in new[] { Live, Batch })
        {
            Ticks.Add(0, new KeyValuePair<string, object?>("run", run));
            Checkpoints.Add(0, new KeyValuePair<string, object?>("run", run));
        }
        foreach (var state in new[] { "completed", "failed", "cancelled" })
            StudiesEnded.Add(0, new KeyValuePair<string, object?>("state", state));
    }

    /// <summary>Creates the gauges now, so a silo that has run nothing yet still reports zeros.</summary>
    public static void EnsureCreated()
    {
    }

    public static string RunLabel(bool paced) => paced ? Live : Batch;

    public static void TickDone(bool paced, TimeSpan elapsed)
    {
        var tag = new KeyValuePair<string, object?>("run", RunLabel(paced));
        Ticks.Add(1, tag);
        TickSeconds.Record(elapsed.TotalSeconds, tag);
    }

    public static void CheckpointWritten(bool paced) => Checkpoints.Add(1, new KeyValuePair<string, object?>("run", RunLabel(paced)));

    public static void RunStarted(string runId, bool paced) => ActiveRuns[runId] = RunLabel(paced);

    public static void RunStopped(string runId) => ActiveRuns.TryRemove(runId, out _);

    public static void StudyProgress(string studyId, int queued, int running) => ActiveStudies[studyId] = (queued, running);

    public static void StudyStopped(string studyId) => ActiveStudies.TryRemove(studyId, out _);

    public static void StudyEnded(string studyId, string state)
    {
        StudyStopped(studyId);
        StudiesEnded.Add(1, new KeyValuePair<string, object?>("state", state));
    }

    private static IEnumerable<Measurement<int>> ObserveRuns()
    {
        // Both labels always, so a dashboard shows 0 rather than no data when nothing runs.
        int live = ActiveRuns.Values.Count(v => v == Live);
        yield return new Measurement<int>(live, new KeyValuePair<string, object?>("run", Live));
        yield return new Measurement<int>(ActiveRuns.Count - live, new KeyValuePair<string, object?>("run", Batch));
    }

    private static IEnumerable<Measurement<int>> ObserveStudyRuns()
    {
        var snapshot = ActiveStudies.Values.ToArray();
        yield return new Measurement<int>(snapshot.Sum(s => s.Queued), new KeyValuePair<string, object?>("state", "queued"));
        yield return new Measurement<int>(snapshot.Sum(s => s.Running), new KeyValuePair<string, object?>("state", "running"));
    }
}
