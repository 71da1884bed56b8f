using Twin.Contracts.Bench;
using Twin.Storage.Tests.Support;

namespace Twin.Storage.Tests;

/// <summary>Silos as separate processes that find each other only through the PostgreSQL membership table.</summary>
public sealed class PostgresClusterTests
{
    [SkippableFact]
    public async Task Two_silo_processes_form_one_cluster_through_postgres_membership()
    {
        await using var database = await PostgresScratch.CreateAsync();
        Skip.If(database is null, PostgresScratch.SkipReason);
        var clusterId = $"test-{Guid.NewGuid():N}";
        var settings = new Dictionary<string, string?>(database.Settings)
        {
            ["Twin:Cluster:Membership"] = "postgres",
            ["Twin:Cluster:ClusterId"] = clusterId,
        };

        // Both start at once on a fresh database: both run the set-up, one after the other.
        await using var cluster = await ProcessCluster.StartAsync(settings, silos: 2);
        var grains = cluster.Grains;

        var ports = await WaitForActiveSilosAsync(grains, count: 2);
        Assert.Equal(cluster.Silos.Select(s => s.SiloPort).Order(), ports);
        var rows = await database.QueryAsync($"select port, status from twin_membership where deployment_id = '{clusterId}' order by port");
        Assert.Equal(cluster.Silos.Select(s => (long)s.SiloPort).Order(), rows.Select(r => Convert.ToInt64(r[0])));
        Assert.All(rows, r => Assert.Equal(3L, Convert.ToInt64(r[1]))); // 3 = active
        // Grains placed across the cluster answer through either gateway.
        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => grains.GetGrain<ICallProbeGrain>(i).Touch(i)));
        Assert.Equal(Enumerable.Range(0, 20), answers.Order());
    }

    // A joining silo is active as soon as it answers, but the others learn of it at their next
    // refresh: a few seconds, more on a loaded machine (two minutes at most).
    private static async Task<IEnumerable<int>> WaitForActiveSilosAsync(IGrainFactory grains, int count)
    {
        var management = grains.GetGrain<IManagementGrain>(0);
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (true)
        {
            var hosts = await management.GetHosts(onlyActive: true);
            if (hosts.Count == count || DateTime.UtcNow > deadline)
                return hosts.Keys.Select(a => a.Endpoint.Port).Order();
            await Task.Delay(300);
        }
    }
}
