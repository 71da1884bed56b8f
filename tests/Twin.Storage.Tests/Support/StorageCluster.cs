using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;
using Twin.Storage.Hosting;

namespace Twin.Storage.Tests.Support;

/// <summary>
/// An in-process silo whose "twin" grain storage is configured exactly as the hosts do it,
/// through <see cref="TwinStorageSiloBuilderExtensions.AddTwinStorage(ISiloBuilder, IConfiguration)"/>,
/// on a scratch database of its own. The silo sets the database up when it starts.
/// </summary>
public abstract class StorageCluster : IAsyncLifetime
{
    private InProcessTestCluster? _cluster;
    private ScratchDatabase? _database;

    public ScratchDatabase Database => _database ?? throw new InvalidOperationException("No database: call SkipIfUnavailable first.");

    public IGrainFactory Grains => _cluster!.Client;

    /// <summary>The silo's services (its serializer, its providers).</summary>
    public IServiceProvider Services => _cluster!.GetSiloServiceProvider();

    /// <summary>The silo's own provider instance, to drive the storage contract directly.</summary>
    public IGrainStorage Storage => _cluster!.GetSiloServiceProvider().GetRequiredKeyedService<IGrainStorage>(TwinStorage.ProviderName);

    protected abstract Task<ScratchDatabase?> CreateDatabaseAsync();

    public void SkipIfUnavailable() => Skip.If(_database is null, PostgresScratch.SkipReason);

    public async Task InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        if (_database is null)
            return;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(_database.Settings).Build();
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) => silo.AddTwinStorage(configuration));
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
            await _cluster.DisposeAsync();
        if (_database is not null)
            await _database.DisposeAsync();
    }
}
