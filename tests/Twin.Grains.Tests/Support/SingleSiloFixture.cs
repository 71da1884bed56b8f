using Orleans.TestingHost;
using Twin.Grains.Hosting;

namespace Twin.Grains.Tests.Support;

/// <summary>A one-silo cluster, to compare against the shared two-silo one.</summary>
public sealed class SingleSiloFixture : IAsyncLifetime
{
    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) => silo.AddTwinGrains());
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}
