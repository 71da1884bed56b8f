using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Messaging;
using Twin.Client.Studies;

namespace Twin.Client.Connection;

/// <summary>
/// A program's hold on a running twin: its grains, a <see cref="TwinClient"/> over them, and what
/// to shut down when done. <see cref="ConnectAsync"/> reaches a cluster through one of its
/// gateways with this package alone; Twin.Hosting adds the embedded silo.
/// </summary>
public sealed class TwinConnection : IAsyncDisposable
{
    /// <summary>The cluster id a twin's silos use unless configured otherwise (Twin:Cluster:ClusterId).</summary>
    public const string DefaultClusterId = "twin";

    /// <summary>The service id a twin's silos use unless configured otherwise (Twin:Cluster:ServiceId).</summary>
    public const string DefaultServiceId = "sco-zone-twin";

    private readonly IAsyncDisposable _owner;

    /// <param name="grains">The twin's grains, as the host that reached them sees them.</param>
    /// <param name="description">Where the twin runs, for messages ("embedded silo", "cluster at HOST:PORT").</param>
    /// <param name="owner">Shut down with the connection: the silo or client host behind <paramref name="grains"/>.</param>
    public TwinConnection(IGrainFactory grains, string description, IAsyncDisposable owner)
    {
        Grains = grains;
        Description = description;
        Client = new TwinClient(grains);
        _owner = owner;
    }

    public IGrainFactory Grains { get; }

    public TwinClient Client { get; }

    public string Description { get; }

    /// <summary>
    /// Connects to a running cluster through its gateway <paramref name="gateway"/> (HOST:PORT, a
    /// silo's gateway port). Throws <see cref="ClusterUnreachableException"/> if it cannot.
    /// </summary>
    /// <param name="configure">
    /// More client settings, such as TLS for a cluster that requires it (Twin.Hosting's
    /// TwinConnections does that from --cert or $TWIN_TLS_CERT; TLS needs
    /// Microsoft.Orleans.Connections.Security, which brings Orleans' server runtime, so this
    /// package leaves it to the caller).
    /// </param>
    public static async Task<TwinConnection> ConnectAsync(string gateway, string clusterId = DefaultClusterId, string serviceId = DefaultServiceId,
        CancellationToken cancellation = default, Action<IClientBuilder>? configure = null)
    {
        var endpoint = await GatewayEndpoint.ResolveAsync(gateway, cancellation);
        var gateways = new KnownGateways(endpoint);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        // The Orleans client's own warnings (gateways lost and found) only when debugging a connection.
        if (Environment.GetEnvironmentVariable("TWIN_DEBUG") == "1")
            builder.Logging.AddSimpleConsole(o => o.TimestampFormat = "HH:mm:ss.fff ").AddFilter(level => level >= LogLevel.Warning);
        builder.Services.AddSingleton<IHostLifetime, NoSignalsLifetime>();
        builder.UseOrleansClient(client =>
        {
            // The gateway given first, then every gateway the cluster lists: a client outlives its first gateway's silo.
            client.Services.AddSingleton<IGatewayListProvider>(gateways);
            client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = KnownGateways.Refresh);
            configure?.Invoke(client);
            // A gateway that is not there is reported at once; a slow one gets a little patience.
            var retry = new SlowGatewayRetry();
            client.UseConnectionRetryFilter(retry.ShouldRetry);
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = clusterId;
                o.ServiceId = serviceId;
            });
        });
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellation);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            host.Dispose();
            throw new ClusterUnreachableException($"Cannot reach the twin's cluster at {gateway}: {e.Message}" + (configure is null
                ? " (if the cluster requires TLS, present a certificate its authority signed: --cert, --key and --ca, or $TWIN_TLS_CERT, $TWIN_TLS_KEY and $TWIN_TLS_CA)"
                : ""));
        }
        var client = host.Services.GetRequiredService<IClusterClient>();
        return new TwinConnection(client, $"cluster at {gateway}", new ClientHost(host, GatewayWatch.Start(client, gateways)));
    }

    public ValueTask DisposeAsync() => _owner.DisposeAsync();

    /// <summary>Stops the Orleans client host; a gateway that does not answer in time is not waited for.</summary>
    private sealed class ClientHost(IHost host, IAsyncDisposable watch) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await watch.DisposeAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try { await host.StopAsync(timeout.Token); } catch (OperationCanceledException) { }
            host.Dispose();
        }
    }
}
