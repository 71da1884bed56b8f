using Microsoft.Extensions.DependencyInjection;
using Twin.Grains.Kernel;

namespace Twin.Grains.Hosting;

/// <summary>Registers what the twin's grains need in a silo, whatever hosts it (the silo, the CLI's embedded silo, tests).</summary>
public static class TwinSiloBuilderExtensions
{
    public static ISiloBuilder AddTwinGrains(this ISiloBuilder silo)
    {
        silo.Services.AddSingleton<ScenarioCache>();
        return silo;
    }
}
