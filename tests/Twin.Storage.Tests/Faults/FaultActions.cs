using Twin.Contracts.Kernel;
using Twin.Storage.Tests.Support;
using Twin.Testing;

namespace Twin.Storage.Tests.Faults;

/// <summary>
/// The faults of a trial: kill -9 a silo (and start another in its place, as an orchestrator
/// would), kill one while a run's checkpoint write waits on the database, restart the database.
/// Each returns what it hit, for the report.
/// </summary>
public sealed class FaultActions(ProcessCluster cluster, DatabaseFaults database, Random random, Action<string> log)
{
    private readonly List<Task> _replacements = [];

    /// <summary>Kills <paramref name="victim"/>, or a silo chosen at random.</summary>
    public string Kill(SiloProcess? victim, IReadOnlyDictionary<string, RunStatus> runs, string? role = null)
    {
        var live = cluster.Silos;
        return KillNow(victim is { HasExited: false } ? victim : live[random.Next(live.Count)], runs, role);
    }

    /// <summary>
    /// Holds the run records so that a run's next checkpoint waits in its last write (its partitions
    /// have written the new day), then kills the silo whose connection that write came from.
    /// </summary>
    public async Task<string> KillDuringCheckpointAsync(IReadOnlyDictionary<string, RunStatus> runs)
    {
        var live = cluster.Silos;
        await using var hold = await database.HoldRunRecordsAsync();
        var port = await database.WaitForBlockedWriterAsync(TimeSpan.FromSeconds(30));
        var owner = port is { } p ? TcpOwners.OwnerOf(p, live.Select(s => s.ProcessId)) : null;
        var victim = live.FirstOrDefault(s => s.ProcessId == owner) ?? live[random.Next(live.Count)];
        return KillNow(victim, runs, owner is null ? "while a checkpoint write waited elsewhere" : "while its run's checkpoint write waited");
    }

    /// <summary>
    /// Takes the database away until a silo says so (503 with Retry-After on /health and the API),
    /// then brings it back: the runs wait it out and go on.
    /// </summary>
    public async Task<string> DatabaseOutageAsync()
    {
        var silo = cluster.Silos[random.Next(cluster.Silos.Count)];
        using var http = new HttpClient { BaseAddress = silo.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await DatabaseFaults.StopAsync();
        try
        {
            await ExpectOutageAsync(http, "health");
            await ExpectOutageAsync(http, "api/studies");
        }
        finally
        {
            await DatabaseFaults.StartAsync();
        }
        return $"(PostgreSQL away for {clock.Elapsed.TotalSeconds:F1} s; silo :{silo.SiloPort} answered 503 with Retry-After)";
    }

    /// <summary>Waits (a minute at most) for <paramref name="path"/> to answer 503 with a Retry-After header.</summary>
    private static async Task ExpectOutageAsync(HttpClient http, string path)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (true)
        {
            using var response = await http.GetAsync(path);
            if (response.StatusCode == System.Net.HttpStatusCode.ServiceUnavailable && response.Headers.RetryAfter is not null) return;
            if (response.StatusCode == System.Net.HttpStatusCode.InternalServerError || DateTime.UtcNow > deadline)
                throw new InvalidOperationException($"With the database away, /{path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            await Task.Delay(200);
        }
    }

    private string KillNow(SiloProcess victim, IReadOnlyDictionary<string, RunStatus> runs, string? role)
    {
        int clocks = runs.Values.Count(r => !r.State.IsFinished() && r.Silo?.EndsWith($":{victim.SiloPort}", StringComparison.Ordinal) == true);
        victim.Kill();
        log($"{DateTime.Now:HH:mm:ss.fff} killed silo :{victim.SiloPort} (process {victim.ProcessId}, exited: {victim.HasExited})");
        lock (_replacements) _replacements.Add(ReplaceAsync());
        var roles = new List<string> { $"clock of {clocks} run{(clocks == 1 ? "" : "s")}" };
        if (role is not null) roles.Insert(0, role);
        return $"silo :{victim.SiloPort} ({string.Join(", ", roles)})";
    }

    /// <summary>A new silo in the killed one's place; a start that fails (the database restarting) is tried again.</summary>
    private async Task ReplaceAsync()
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                var silo = await cluster.AddSiloAsync();
                log($"replacement silo :{silo.SiloPort} joined");
                return;
            }
            catch (Exception e) when (attempt < 3 && e is not OperationCanceledException)
            {
                log($"a replacement silo did not start; trying again. {string.Join(" | ", e.Message.Split('\n').TakeLast(6))}");
            }
        }
    }

    /// <summary>Waits until two silos at least are up (a replacement has joined), so that a kill never empties the cluster.</summary>
    public async Task TwoSilosUpAsync()
    {
        while (cluster.Silos.Count < 2)
        {
            Task[] pending;
            lock (_replacements) pending = _replacements.Where(t => !t.IsCompleted).ToArray();
            if (pending.Length == 0) throw new InvalidOperationException("One silo left and no replacement starting.");
            await Task.WhenAny(pending);
        }
    }
}
