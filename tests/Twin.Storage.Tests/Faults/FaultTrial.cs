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

    /// <summary>Rounds of runs a trial may start to place its faults: a busy machine needed three in the soak.</summary>
    private const int MaxRounds = 5;
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
        // The attached study goes through the gateway of the silo the first kill takes.
        var firstVictim = cluster.Silos[_random.Next(cluster.Silos.Count)];
        var attachedId = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var workload = new FaultWorkload(days, seed);
        await using var attached = CliProcess.Start(workload.AttachedStudy(firstVictim.GatewayPort), line =>
        {
            if (line.StartsWith("study study-", StringComparison.Ordinal) && line.Contains(": ")) attachedId.TrySetResult(line.Split(' ', ':')[1]);
        }, new Dictionary<string, string>
        {
            ["TWIN_CLUSTER_ID"] = settings["Twin:Cluster:ClusterId"]!,
            ["TWIN_DEBUG"] = Environment.GetEnvironmentVariable("TWIN_DEBUG") ?? "",
        });
        _attachedError = () => attached.Error;
        var rounds = new List<FaultRound>();
        try
        {
            rounds.Add(await FaultRound.StartAsync(workload, cluster, async () =>
            {
                if (await Task.WhenAny(attachedId.Task, attached.Exited, Task.Delay(TimeSpan.FromMinutes(2))) != attachedId.Task)
                    throw new InvalidOperationException($"the attached `twin study` did not start its study: {Tail(attached.Error)}");
                return [await attachedId.Task];
            }));
            log($"{Now} round 1 under way: {rounds[0].RunIds.Length} runs of {days} days");
            if (await PlaceFaultsAsync(cluster, firstVictim, rounds, days, events) is { } stuck) return Failed(events, rounds.Count, stuck);

            var exit = await attached.WaitAsync(TimeSpan.FromMinutes(4));
            if (exit != 0) return Failed(events, rounds.Count, $"the attached `twin study` exited {exit}: {Tail(attached.Error)}");
            foreach (var round in rounds)
                if (await round.ComparisonFailureAsync(cluster) is { } failure) return Failed(events, rounds.Count, failure);
            log($"{Now} every study completed");
            foreach (var round in rounds)
                if (await round.DifferenceAsync(cluster) is { } difference) return Failed(events, rounds.Count, difference);
            log($"{Now} every run equals its embedded reference");
            return new FaultReport(seed, events, "identical", _clock.Elapsed.TotalSeconds, rounds.Count);
        }
        catch (InvalidOperationException e)
        {
            return Failed(events, rounds.Count, e.Message);
        }
        finally
        {
            foreach (var round in rounds) await round.DisposeAsync();
        }
    }

    /// <summary>
    /// Places the plan's faults at random moments, measured in the runs' progress so that they fall
    /// while the runs run however fast the machine is: fault j of the r faults left to a round falls
    /// somewhere in the j-th of r equal slices of 5% to 80% of its runs' days. When a round's runs are
    /// 90% done with faults left (the silos' replacements took long), a new round carries the rest.
    /// Returns null, or why the faults could not be placed.
    /// </summary>
    private async Task<string?> PlaceFaultsAsync(ProcessCluster cluster, SiloProcess firstVictim, List<FaultRound> rounds, int days, List<FaultEvent> events)
    {
        var faults = new FaultActions(cluster, new DatabaseFaults(database), _random, log);
        var plan = Plan();
        int roundStart = 0;
        for (int n = 0; n < plan.Count; n++)
        {
            await faults.TwoSilosUpAsync();
            var progress = await rounds[^1].Watch.WaitForProgressAsync(Moment(n - roundStart, plan.Count - roundStart), TimeSpan.FromMinutes(5));
            if (progress >= 0.9 || await rounds[^1].Watch.AllFinishedAsync())
            {
                if (rounds.Count == MaxRounds) return $"{MaxRounds} rounds of runs ended before fault {n + 1} could be placed";
                rounds.Add(await FaultRound.StartAsync(new FaultWorkload(days, seed + rounds.Count), cluster));
                roundStart = n;
                log($"{Now} the runs were {progress:P0} done before fault {n + 1}: round {rounds.Count} ({rounds[^1].RunIds.Length} runs) carries the rest");
                progress = await rounds[^1].Watch.WaitForProgressAsync(Moment(0, plan.Count - n), TimeSpan.FromMinutes(5));
            }
            var before = await rounds[^1].Watch.SnapshotAsync();
            var at = DateTime.UtcNow;
            var victim = plan[n] switch
            {
                "kill" when n == 0 => faults.Kill(firstVictim, before, "the attached study's gateway"),
                "kill" => faults.Kill(null, before),
                "kill-in-checkpoint" => await faults.KillDuringCheckpointAsync(before),
                _ => await faults.DatabaseOutageAsync(),
            };
            var recovery = await rounds[^1].Watch.WaitForRecoveryAsync(before, at, TimeSpan.FromMinutes(2));
            events.Add(new FaultEvent(plan[n], victim, (at - _startedAt).TotalSeconds, recovery.TotalSeconds));
            log($"{Now} fault {n + 1}: {events[^1]}");
        }
        return null;
    }

    private double Moment(int index, int count) => 0.05 + 0.75 * (index + _random.NextDouble()) / count;

    /// <summary>Five kills (one during a checkpoint write) and a database outage, in a random order; the first fault is always a kill.</summary>
    private List<string> Plan()
    {
        var rest = Enumerable.Repeat("kill", Kills - 2).Append("kill-in-checkpoint").ToList();
        if (DatabaseFaults.CanStopTheServer) rest.Add("db-outage");
        else log("not root: the database is not taken away in this trial");
        return rest.OrderBy(_ => _random.Next()).Prepend("kill").ToList();
    }

    private FaultReport Failed(List<FaultEvent> events, int rounds, string why) => new(seed, events, "FAILED: " + why, _clock.Elapsed.TotalSeconds, rounds);

    private string Now => $"[{_clock.Elapsed.TotalSeconds,6:F1} s, {DateTime.Now:HH:mm:ss.fff}]";

    /// <summary>The last part of a process's output, for a failure message.</summary>
    internal static string Tail(string text) => text.Length > 2000 ? text[^2000..] : text;
}
