using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Twin.Grains.Hosting;
using Twin.Storage.Configuration;
using Twin.Storage.Hosting;
using Twin.Storage.Schema;

namespace Twin.Hosting;

/// <summary>
/// A whole twin inside the calling process: one silo with localhost clustering on free ports and a
/// co-hosted client. It is what `twin` uses when no cluster is configured: nothing to install.
/// Grain state goes to the database the configuration names: by default the SQLite file
/// twin.db in the data folder (TWIN_DATA, else ./.twin-data); see docs/deployment.md.
/// </summary>
public sealed class EmbeddedSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private EmbeddedSilo(IHost host) => _host = host;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public IServiceProvider Services => _host.Services;

    /// <param name="logLevel">The least severe log entries written to standard error.</param>
    /// <param name="configuration">Storage settings (Twin:...); by default the process's environment variables.</param>
    /// <param name="cancellation">Stops waiting for the start.</param>
    public static async Task<EmbeddedSilo> StartAsync(LogLevel logLevel = LogLevel.Warning, IConfiguration? configuration = null, CancellationToken cancellation = default)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        if (configuration is null)
            builder.Configuration.AddEnvironmentVariables();
        else
            builder.Configuration.AddConfiguration(configuration);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.AddFilter((category, level) => level >= logLevel);
        // At start the watchdog reports the time since the machine booted as a stalled check; on a
        // command line that warning only alarms, so the embedded silo keeps the watchdog to errors.
        builder.Logging.AddFilter("Orleans.Runtime.Watchdog", LogLevel.Error);
        // Orleans' placement retries (Polly) come with stack traces; the twin's own warnings say what matters.
        builder.Logging.AddFilter("Polly", LogLevel.None);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        // Ctrl+C and SIGTERM are the command's to handle: it cancels its study, then stops this silo.
        builder.Services.AddSingleton<IHostLifetime, Twin.Client.Connection.NoSignalsLifetime>();
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(siloPort: FreePorts.Next(), gatewayPort: FreePorts.Next(), serviceId: ClusterSettings.DefaultServiceId, clusterId: "embedded");
            silo.AddTwinStorage(builder.Configuration);
            silo.AddTwinGrains();
            // Studies run while their `twin` command runs: one left running by a crashed command is read, not resumed.
            silo.Services.Configure<Twin.Grains.Studies.StudyOptions>(o => o.ResumeOnActivation = false);
        });
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellation);
        }
        catch (Exception e) when (DatabaseSetupException.FindIn(e) is { } setup)
        {
            host.Dispose();
            throw setup;
        }
        return new EmbeddedSilo(host);
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _host.StopAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // A silo that will not stop in time is abandoned; the process is ending anyway.
        }
        _host.Dispose();
    }
}
