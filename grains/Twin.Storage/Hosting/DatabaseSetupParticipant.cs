using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Twin.Storage.Resilience;
using Twin.Storage.Schema;

namespace Twin.Storage.Hosting;

/// <summary>
/// Sets up the silo's databases before anything of Orleans reads them: the membership table
/// starts at stage RuntimeInitialize and grain storage later, and both read their statements
/// from OrleansQuery once, at their start. A database that does not answer is waited for (it may be
/// restarting or failing over) for the outage window; one that cannot be set up stops the silo.
/// </summary>
internal sealed class DatabaseSetupParticipant(IOptions<DatabaseSetupOptions> options, ILogger<DatabaseSetupParticipant> logger)
    : ILifecycleParticipant<ISiloLifecycle>
{
    public const int Stage = ServiceLifecycleStage.RuntimeInitialize - 1;

    public void Participate(ISiloLifecycle lifecycle) => lifecycle.Subscribe(nameof(DatabaseSetupParticipant), Stage, SetUpAsync);

    private async Task SetUpAsync(CancellationToken cancellation)
    {
        // Storage and membership often share one database: set it up once.
        var outage = new OutagePolicy(options.Value.OutageWindow, logger);
        foreach (var target in options.Value.Targets.Distinct())
        {
            var report = await outage.RunAsync(() => DatabaseSetup.RunAsync(target, cancellation), $"setting up the {target.Describe()}", cancellation: cancellation);
            if (report.ChangedAnything)
                logger.LogInformation("Set up the {Database}: schema version {Version}, {Migrations} migration(s) and {Statements} statement(s) written",
                    target.Describe(), report.SchemaVersion, report.Applied.Count, report.StatementsChanged);
            else
                logger.LogDebug("The {Database} is up to date at schema version {Version}", target.Describe(), report.SchemaVersion);
        }
    }

    public static void Require(IServiceCollection services, DatabaseTarget target, TimeSpan outageWindow)
    {
        services.Configure<DatabaseSetupOptions>(o =>
        {
            o.Targets.Add(target);
            o.OutageWindow = outageWindow;
        });
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ILifecycleParticipant<ISiloLifecycle>, DatabaseSetupParticipant>());
    }
}
