using System.Diagnostics;
using Twin.Client.Studies;
using Twin.Contracts.Studies;
using Twin.Storage.Tests.Support;
using Twin.Testing;

namespace Twin.Storage.Tests.Faults;

/// <summary>
/// One randomized fault trial: three silo processes on PostgreSQL run <see cref="FaultWorkload"/>
/// while silos chosen at random are killed (kill -9) at random moments, one of them while a run's
/// checkpoint write is under way, and the database server is stopped and started once (when the tests may:
/// see <see cref="DatabaseFaults.CanStopTheServer"/>): a silo must then answer 503 with Retry-After, and
/// the runs go on when it is back. Each killed silo is replaced. Every choice comes
/// from <paramref name="seed"/>, so a failed trial is replayed by running it with the same seed.
/// </summary>
public sealed class FaultTrial(int seed, PostgresScratch database, Action<string> log)
{
    private const int Kills = 5;
    private readonly Random _random = new(seed);
    private readonly Stopwatch _clock = new();
    private DateTime _startedAt;
    private Func<string>? _attachedError;

    public async Task<FaultReport> RunAsync(int days)
    {
        _clock.Start();
        _startedAt = DateTime.UtcNow;
        var events = new List<FaultEvent>();
        var settings = TestClusters.Settings(database);
        await using var cluster = await ProcessCluster.StartAsync(settings, silos: 3);
        log($"{Now} cluster of 3 silos up");
        try
        {
            return await RunAsync(cluster, settings, days, events);
        }
        finally
        {
            if (Environment.GetEnvironmentVariable("TWIN_FAULT_LOGS") is { Length: > 0 } folder)
            {
                Directory.CreateDirectory(folder);
                if (_attachedError is { } cli) await File.WriteAllTextAsync(Path.Combine(folder, $"seed-{seed}-twin-study.log"), cli());
                foreach (var silo in cluster.AllSilos)
                    await File.WriteAllTextAsync(Path.Combine(folder, $"seed-{seed}-silo-{silo.SiloPort}.log"), silo.Output);
            }
        }
    }

    private async Task<FaultReport> RunAsync(ProcessCluster cluster, Dictionary<string, string?> settings, int days, List<FaultEvent> events)
    {
        var workload = new FaultWorkload(days, seed);
        using var referenceData = new TempFolder("twin-fault-reference-");
        await using var reference = workload.StartEmbedded(referenceData.Path);
        // The attached study goes through the gateway of the silo the first kill takes.
        var firstVictim = cluster.Silos[_random.Next(cluster.Silos.Count)];
        var attachedId = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var attached = CliProcess.Start(workload.AttachedStudy(firstVictim.GatewayPort), line =>
        {
            if (line.StartsWith("study study-", StringComparison.Ordinal) && line.Contains(": ")) attachedId.TrySetResult(line.Split(' ', ':')[1]);
        }, new Dictionary<string, string>
        {
            ["TWIN_CLUSTER_ID"] = settings["Twin:Cluster:ClusterId"]!,
            ["TWIN_DEBUG"] = Environment.GetEnvironmentVariable("TWIN_DEBUG") ?? "",
        });
        _attachedError = () => attached.Error;
        var client = new TwinClient(cluster.Grains);
        var comparison = await client.StartStudyAsync(workload.Comparison);
        if (await Task.WhenAny(attachedId.Task, attached.Exited, Task.Delay(TimeSpan.FromMinutes(2))) != attachedId.Task)
            return Failed(events, $"the attached `twin study` did not start its study: {Tail(attached.Error)}");
        var studyIds = new[] { await attachedId.Task, comparison.StudyId };
        var runIds = (await Task.WhenAll(studyIds.Select(client.GetDefinitionAsync))).SelectMany(d => d.Runs.Select(r => r.RunId)).Distinct().ToArray();
        log($"{Now} studies {string.Join(", ", studyIds)} under way: {runIds.Length} runs of {days} days");

        var watch = new RunWatch(cluster.Grains, runIds);
        var faults = new FaultActions(cluster, new DatabaseFaults(database), _random, log);
        var plan = Plan();
        foreach (var (kind, n) in plan.Select((k, n) => (k, n)))
        {
            // A random moment, measured in the runs' progress so that the faults fall while they run
            // however fast the machine is: somewhere in the n-th of equal slices of 5% to 80% of their days.
            var waited = Stopwatch.StartNew();
            await faults.AllReplacedAsync();
            if (waited.Elapsed > TimeSpan.FromSeconds(5)) log($"{Now} waited {waited.Elapsed.TotalSeconds:F1} s for the killed silos' replacements");
            var progress = await watch.WaitForProgressAsync(0.05 + 0.75 * (n + _random.NextDouble()) / plan.Count, TimeSpan.FromMinutes(5));
            if (progress >= 0.97 || await watch.AllFinishedAsync())
                return Failed(events, $"the runs were {progress:P0} done before fault {n + 1}: the cluster took too long to replace its silos");
            var before = await watch.SnapshotAsync();
            var at = DateTime.UtcNow;
            var victim = kind switch
            {
                "kill" when n == 0 => faults.Kill(firstVictim, before, "the attached study's gateway"),
                "kill" => faults.Kill(null, before),
                "kill-in-checkpoint" => await faults.KillDuringCheckpointAsync(before),
                _ => await faults.DatabaseOutageAsync(),
            };
            var recovery = await watch.WaitForRecoveryAsync(before, at, TimeSpan.FromMinutes(2));
            events.Add(new FaultEvent(kind, victim, (at - _startedAt).TotalSeconds, recovery.TotalSeconds));
            log($"{Now} fault {n + 1}: {events[^1]}");
        }

        var exit = await attached.WaitAsync(TimeSpan.FromMinutes(4));
        if (exit != 0) return Failed(events, $"the attached `twin study` exited {exit}: {Tail(attached.Error)}");
        await foreach (var update in client.WatchAsync(comparison.StudyId, TimeSpan.FromMilliseconds(250))) comparison = update;
        if (comparison.State != StudyState.Completed) return Failed(events, $"the comparison ended {comparison.State}: {comparison.Error}");
        log($"{Now} both studies completed");
        var actual = await FaultWorkload.SeriesAsync(cluster.Grains, runIds);
        log($"{Now} their runs' results read back");
        if (await reference.WaitAsync(TimeSpan.FromMinutes(5)) != 0) return Failed(events, $"the embedded reference failed: {Tail(reference.Error)}");
        var expected = await FaultWorkload.EmbeddedResultsAsync(referenceData.Path);
        log($"{Now} the embedded run of the same runs read back");
        var difference = FaultWorkload.Difference(expected, actual);
        return difference is null
            ? new FaultReport(seed, events, "identical", _clock.Elapsed.TotalSeconds)
            : Failed(events, difference);
    }

    /// <summary>Five kills (one during a checkpoint write) and a database outage, in a random order; the first fault is always a kill.</summary>
    private List<string> Plan()
    {
        var rest = Enumerable.Repeat("kill", Kills - 2).Append("kill-in-checkpoint").ToList();
        if (DatabaseFaults.CanStopTheServer) rest.Add("db-outage");
        else log("not root: the database is not taken away in this trial");
        return rest.OrderBy(_ => _random.Next()).Prepend("kill").ToList();
    }

    private FaultReport Failed(List<FaultEvent> events, string why) => new(seed, events, "FAILED: " + why, _clock.Elapsed.TotalSeconds);

    private string Now => $"[{_clock.Elapsed.TotalSeconds,6:F1} s, {DateTime.Now:HH:mm:ss.fff}]";

    private static string Tail(string text) => text.Length > 2000 ? text[^2000..] : text;
}
