using Microsoft.Extensions.Configuration;
using Orleans.Configuration;
using Twin.Storage.Configuration;

namespace Twin.Storage.Hosting;

/// <summary>Cluster membership, ids and ports of a silo, chosen by configuration.</summary>
public static class TwinClusterSiloBuilderExtensions
{
    /// <summary>
    /// Joins the cluster the configuration names (see <see cref="ClusterSettings"/>): one silo on
    /// localhost by default, or any number of silos through a PostgreSQL membership table.
    /// Throws <see cref="TwinConfigurationException"/> for a bad setting.
    /// </summary>
    public static ISiloBuilder UseTwinCluster(this ISiloBuilder silo, IConfiguration configuration) =>
        silo.UseTwinCluster(ClusterSettings.Read(configuration));

    public static ISiloBuilder UseTwinCluster(this ISiloBuilder silo, ClusterSettings settings)
    {
        if (settings.Membership == MembershipProvider.Localhost)
            return silo.UseLocalhostClustering(settings.SiloPort, settings.GatewayPort, null, settings.ServiceId, settings.ClusterId);

        // How fast a dead silo is noticed (probe timeout, missed probes, votes): defaults unless configured.
        if (settings.FailureDetection is { } detection)
            silo.Configure<ClusterMembershipOptions>(detection.Bind);

        var database = settings.MembershipDatabase!;
        if (settings.SetUpDatabase)
            DatabaseSetupParticipant.Require(silo.Services, database, settings.OutageWindow);
        silo.UseAdoNetClustering(o =>
        {
            o.Invariant = database.Invariant;
            o.ConnectionString = database.ConnectionString;
        });
        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = settings.ClusterId;
            o.ServiceId = settings.ServiceId;
        });
        // Listen on every interface; advertise the configured address, or let Orleans pick this host's.
        // A loopback address is listened on alone: such a cluster is loopback-only and needs no TLS.
        return settings.AdvertisedAddress is { } address
            ? silo.ConfigureEndpoints(address, settings.SiloPort, settings.GatewayPort, listenOnAnyHostAddress: !System.Net.IPAddress.IsLoopback(address))
            : silo.ConfigureEndpoints(settings.SiloPort, settings.GatewayPort, listenOnAnyHostAddress: true);
    }
}
