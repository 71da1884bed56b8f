using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Twin.Grains.Kernel;
using Twin.Grains.Results;
using Twin.Grains.Studies;

namespace Twin.Grains.Hosting;

/// <summary>Registers what the twin's grains need in a silo, whatever hosts it (the silo, the CLI's embedded silo, tests).</summary>
public static class TwinSiloBuilderExtensions
{
    /// <summary>
    /// The grains' services. Storage defaults to memory (grain state and results live as long as
    /// the process); a host that configures durable storage registers its own before or after.
    /// </summary>
    public static ISiloBuilder AddTwinGrains(this ISiloBuilder silo)
    {
        silo.Services.AddSingleton<ScenarioCache>();
        silo.Services.AddOptions<StudyOptions>().BindConfiguration("Twin:Studies");
        silo.Services.TryAddSingleton<IRunResultsStore, InMemoryRunResultsStore>();
        if (!silo.Services.Any(s => s.IsKeyedService && Equals(s.ServiceKey, TwinStorage.Name)))
            silo.AddMemoryGrainStorage(TwinStorage.Name);
        return silo;
    }
}
