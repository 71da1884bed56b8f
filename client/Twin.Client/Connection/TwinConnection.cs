using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Twin.Client.Hosting;
using Twin.Client.Studies;
using Twin.Storage.Configuration;

namespace Twin.Client.Connection;

/// <summary>
/// Where the twin runs for a client: an embedded silo in this process (the default: nothing to
/// install), or a running cluster reached through one of its gateways.
/// </summary>
public sealed class TwinConnection : IAsyncDisposable
{
    /// <summary>Environment variable naming a cluster gateway (HOST:PORT) when no option does.</summary>
    public const string ClusterVariable = "TWIN_CLUSTER";

    private readonly IAsyncDisposable _owner;

    private TwinConnection(IGrainFactory grains, string description, IAsyncDisposable owner)
    {
        Grains = grains;
        Description = description;
        Client = new TwinClient(grains);
        _owner = owner;
    }

    public IGrainFactory Grains { get; }

    public TwinClient Client { get; }

    /// <summary>"embedded silo" or "cluster at HOST:PORT", for messages.</summary>
    public string Description { get; }

    /// <summary>
    /// Connects to <paramref name="cluster"/> (or $TWIN_CLUSTER), else starts an embedded silo
    /// keeping its state in <paramref name="dataFolder"/> (default: $TWIN_DATA, else ./.twin-data).
    /// </summary>
    public static async Task<TwinConnection> OpenAsync(string? cluster, string? dataFolder = null, CancellationToken cancellation = default)
    {
        cluster = Gateway(cluster);
        if (cluster is null)
        {
            var silo = await EmbeddedSilo.StartAsync(configuration: EmbeddedConfiguration.For(dataFolder), cancellation: cancellation);
            return new TwinConnection(silo.Grains, "embedded silo", silo);
        }
        var gateway = await ParseGatewayAsync(cluster, cancellation);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.UseOrleansClient(client =>
        {
            client.UseStaticClustering(gateway);
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = Environment.GetEnvironmentVariable("TWIN_CLUSTER_ID") ?? ClusterSettings.DefaultClusterId;
                o.ServiceId = Environment.GetEnvironmentVariable("TWIN_SERVICE_ID") ?? ClusterSettings.DefaultServiceId;
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
            throw new ClusterUnreachableException($"Cannot reach the twin's cluster at {cluster}: {e.Message}");
        }
        return new TwinConnection(host.Services.GetRequiredService<IClusterClient>(), $"cluster at {cluster}", new HostOwner(host));
    }

    /// <summary>The gateway to reach: <paramref name="cluster"/>, else $TWIN_CLUSTER; null (neither set, or blank) for the embedded silo.</summary>
    public static string? Gateway(string? cluster)
    {
        cluster ??= Environment.GetEnvironmentVariable(ClusterVariable);
        return string.IsNullOrWhiteSpace(cluster) ? null : cluster;
    }

    private static async Task<IPEndPoint> ParseGatewayAsync(string text, CancellationToken cancellation)
    {
        int colon = text.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(text[(colon + 1)..], out var port) || port is < 1 or > 65535)
            throw new ClusterUnreachableException($"--cluster must be HOST:PORT (the gateway port of a silo), got '{text}'.");
        var host = text[..colon];
        if (IPAddress.TryParse(host, out var address)) return new IPEndPoint(address, port);
        var addresses = await Dns.GetHostAddressesAsync(host, cancellation);
        return addresses.Length > 0
            ? new IPEndPoint(addresses[0], port)
            : throw new ClusterUnreachableException($"Cannot resolve the cluster host '{host}'.");
    }

    public ValueTask DisposeAsync() => _owner.DisposeAsync();

    private sealed class HostOwner(IHost host) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try { await host.StopAsync(timeout.Token); } catch (OperationCanceledException) { }
            host.Dispose();
        }
    }
}

/// <summary>The cluster given could not be reached or named.</summary>
public sealed class ClusterUnreachableException(string message) : Exception(message);
