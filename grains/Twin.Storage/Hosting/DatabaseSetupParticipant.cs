using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Twin.Storage.Schema;

namespace Twin.Storage.Hosting;

/// <summary>
/// Sets up the silo's databases before anything of Orleans reads them: the membership table
/// starts at stage RuntimeInitialize and grain storage later, and both read their statements
/// from OrleansQuery once, at their start. A database that cannot be set up stops the silo.
/// </summary>
internal sealed class DatabaseSetupParticipant(IOptions<DatabaseSetupOptions> options, ILogger<DatabaseSetupParticipant> logger)
    : ILifecycleParticipant<ISiloLifecycle>
{
    public const int Stage = ServiceLifecycleStage.RuntimeInitialize - 1;

    public void Participate(ISiloLifecycle lifecycle) => lifecycle.Subscribe(nameof(DatabaseSetupParticipant), Stage, SetUpAsync);

    private async Task SetUpAsync(CancellationToken cancellation)
    {
        // Storage and membership often share one database: set it up once.
        foreach (var target in options.Value.Targets.Distinct())
        {
            var report = await DatabaseSetup.RunAsync(target, cancellation);
            if (report.ChangedAnything)
                logger.LogInformation("Set up the {Database}: schema version {Version}, {Migrations} migration(s) and {Statements} statement(s) written",
                    target.Describe(), report.SchemaVersion, report.Applied.Count, report.StatementsChanged);
            else
                logger.LogDebug("The {Database} is up to date at schema version {Version}", target.Describe(), report.SchemaVersion);
        }
    }

    public static void Require(IServiceCollection services, DatabaseTarget target)
    {
        services.Configure<DatabaseSetupOptions>(o => o.Targets.Add(target));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ILifecycleParticipant<ISiloLifecycle>, DatabaseSetupParticipant>());
    }
}
