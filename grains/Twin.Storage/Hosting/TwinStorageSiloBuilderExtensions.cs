using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;
using Twin.Storage.Configuration;
using Twin.Storage.Resilience;

namespace Twin.Storage.Hosting;

/// <summary>Grain storage for every host of the twin, chosen by configuration.</summary>
public static class TwinStorageSiloBuilderExtensions
{
    /// <summary>
    /// Registers the grain storage provider <see cref="TwinStorage.ProviderName"/> on the database
    /// the configuration names (see <see cref="StorageSettings"/>): a SQLite file by default,
    /// PostgreSQL for a real deployment. Unless Twin:SetUpDatabase is false, the silo sets the
    /// database up at start. Throws <see cref="TwinConfigurationException"/> for a bad setting.
    /// </summary>
    public static ISiloBuilder AddTwinStorage(this ISiloBuilder silo, IConfiguration configuration) =>
        silo.AddTwinStorage(StorageSettings.Read(configuration));

    public static ISiloBuilder AddTwinStorage(this ISiloBuilder silo, StorageSettings settings)
    {
        var database = settings.Database;
        // The grains' own tables (the results store) live in the same database.
        silo.Services.AddSingleton(settings);
        if (settings.SetUpDatabase)
            DatabaseSetupParticipant.Require(silo.Services, database, settings.OutageWindow);
        silo.AddAdoNetGrainStorage(TwinStorage.ProviderName, options => options.Configure<Serializer>((o, serializer) =>
        {
            o.Invariant = database.Invariant;
            o.ConnectionString = database.ConnectionString;
            // Orleans' binary format follows the [Id]s and [Alias]es of persisted types, so stored
            // state survives renames and added fields (the provider's default is JSON by name).
            o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);
        }));
        // Registered after the provider, so it is what grains get: the provider inside it waits out outages.
        silo.Services.AddKeyedSingleton<IGrainStorage>(TwinStorage.ProviderName, (services, _) =>
        {
            var options = services.GetRequiredService<IOptionsMonitor<AdoNetGrainStorageOptions>>().Get(TwinStorage.ProviderName);
            var policy = new OutagePolicy(settings.OutageWindow, services.GetRequiredService<ILoggerFactory>().CreateLogger<OutageTolerantGrainStorage>());
            return new OutageTolerantGrainStorage(AdoNetGrainStorageFactory.Create(services, TwinStorage.ProviderName), options.GrainStorageSerializer, policy);
        });
        return silo;
    }
}
