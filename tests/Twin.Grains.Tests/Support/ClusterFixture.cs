using Orleans.TestingHost;
using Twin.Grains.Hosting;

namespace Twin.Grains.Tests.Support;

/// <summary>
/// One in-process cluster of two silos shared by every grain test (tests use fresh run ids, so
/// they can run in any order). Two silos, so that cross-silo messaging is exercised everywhere.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public async Task InitializeAsync() => Cluster = await StartAsync(silos: 2);

    public async Task DisposeAsync() => await Cluster.DisposeAsync();

    /// <summary>An in-process cluster of the twin's grains; a test that compares cluster sizes starts its own.</summary>
    public static async Task<InProcessTestCluster> StartAsync(short silos)
    {
        var builder = new InProcessTestClusterBuilder(silos);
        builder.ConfigureSilo((_, silo) => silo.AddTwinGrains());
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
