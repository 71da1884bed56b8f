using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Twin.Grains.Kernel;
using Twin.Grains.Results;
using Twin.Grains.Studies;
using Twin.Storage;

namespace Twin.Grains.Hosting;

/// <summary>Registers what the twin's grains need in a silo, whatever hosts it (the silo, the CLI's embedded silo, tests).</summary>
public static class TwinSiloBuilderExtensions
{
    /// <summary>
    /// The grains' services. Call it after AddTwinStorage: with a database configured, grain state
    /// and results go there; without, both stay in memory for the life of the process.
    /// </summary>
    public static ISiloBuilder AddTwinGrains(this ISiloBuilder silo)
    {
        silo.Services.AddSingleton<ScenarioCache>();
        silo.Services.AddOptions<StudyOptions>().BindConfiguration("Twin:Studies");
        // Results go to the twin's database when the host configured one (AddTwinStorage), else to memory.
        if (silo.Services.Any(s => s.ServiceType == typeof(Twin.Storage.Configuration.StorageSettings)))
            silo.Services.TryAddSingleton<IRunResultsStore, SqlRunResultsStore>();
        else
            silo.Services.TryAddSingleton<IRunResultsStore, InMemoryRunResultsStore>();
        if (!silo.Services.Any(s => s.IsKeyedService && Equals(s.ServiceKey, TwinStorage.ProviderName)))
            silo.AddMemoryGrainStorage(TwinStorage.ProviderName);
        return silo;
    }
}
