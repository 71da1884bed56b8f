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

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSilo((_, silo) => silo.AddTwinGrains());
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
