using Twin.Client.Connection;
using Twin.Storage.Configuration;

namespace Twin.Hosting;

/// <summary>
/// Where `twin` and the tests find the twin: the cluster named by an option or $TWIN_CLUSTER,
/// else an embedded silo in this process (nothing to install).
/// </summary>
public static class TwinConnections
{
    /// <summary>
    /// The least severe log entries the embedded silo writes, for the command running on this
    /// async flow (`twin` sets it from -v: errors only by default, warnings with -v); unset: warnings.
    /// </summary>
    public static readonly AsyncLocal<Microsoft.Extensions.Logging.LogLevel?> EmbeddedLogLevel = new();

    /// <summary>Environment variable naming a cluster gateway (HOST:PORT) when no option does.</summary>
    public const string ClusterVariable = "TWIN_CLUSTER";

    /// <summary>
    /// Connects to <paramref name="cluster"/> (or $TWIN_CLUSTER; its ids from $TWIN_CLUSTER_ID and
    /// $TWIN_SERVICE_ID), else starts an embedded silo keeping its state in
    /// <paramref name="dataFolder"/> (default: $TWIN_DATA, else ./.twin-data).
    /// </summary>
    /// <param name="certificates">The client certificate for a cluster that requires TLS (default: $TWIN_TLS_CERT's); the embedded silo needs none.</param>
    public static async Task<TwinConnection> OpenAsync(string? cluster, string? dataFolder = null, CancellationToken cancellation = default,
        ClusterCertificates? certificates = null)
    {
        cluster = Gateway(cluster);
        if (cluster is not null)
            return await TwinConnection.ConnectAsync(cluster,
                Environment.GetEnvironmentVariable("TWIN_CLUSTER_ID") ?? TwinConnection.DefaultClusterId,
                Environment.GetEnvironmentVariable("TWIN_SERVICE_ID") ?? TwinConnection.DefaultServiceId,
                cancellation, ClusterTlsClient.For(certificates));
        var configuration = EmbeddedConfiguration.For(dataFolder);
        var folder = StorageSettings.Read(configuration).Database.Provider == Twin.Storage.Schema.DatabaseProvider.Sqlite ? StorageSettings.DataFolder(configuration) : null;
        var folderLock = folder is null ? null : await DataFolderLock.AcquireAsync(folder, message => Console.Error.WriteLine(message), cancellation);
        try
        {
            var silo = await EmbeddedSilo.StartAsync(EmbeddedLogLevel.Value ?? Microsoft.Extensions.Logging.LogLevel.Warning, configuration, cancellation);
            return new TwinConnection(silo.Grains, "embedded silo", new LockedSilo(silo, folderLock));
        }
        catch
        {
            folderLock?.Dispose();
            throw;
        }
    }

    /// <summary>The embedded silo, and the data folder's lock released once it has stopped.</summary>
    private sealed class LockedSilo(EmbeddedSilo silo, DataFolderLock? folderLock) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await silo.DisposeAsync();
            folderLock?.Dispose();
        }
    }

    /// <summary>The gateway to reach: <paramref name="cluster"/>, else $TWIN_CLUSTER; null (neither set, or blank) for the embedded silo.</summary>
    public static string? Gateway(string? cluster)
    {
        cluster ??= Environment.GetEnvironmentVariable(ClusterVariable);
        return string.IsNullOrWhiteSpace(cluster) ? null : cluster;
    }
}
