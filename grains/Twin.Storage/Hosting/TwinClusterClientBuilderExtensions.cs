using Microsoft.Extensions.Configuration;
using Orleans.Configuration;
using Twin.Storage.Configuration;

namespace Twin.Storage.Hosting;

/// <summary>How a client (the CLI, a planner's program) finds the silos of a cluster.</summary>
public static class TwinClusterClientBuilderExtensions
{
    /// <summary>
    /// Connects to the cluster the same settings describe for its silos: the localhost gateway at
    /// Twin:Cluster:GatewayPort, or every active gateway listed in the PostgreSQL membership table.
    /// </summary>
    public static IClientBuilder UseTwinCluster(this IClientBuilder client, IConfiguration configuration) =>
        client.UseTwinCluster(ClusterSettings.Read(configuration));

    public static IClientBuilder UseTwinCluster(this IClientBuilder client, ClusterSettings settings)
    {
        if (settings.Membership == MembershipProvider.Localhost)
            return client.UseLocalhostClustering(settings.GatewayPort, settings.ServiceId, settings.ClusterId);

        var database = settings.MembershipDatabase!;
        client.UseAdoNetClustering(o =>
        {
            o.Invariant = database.Invariant;
            o.ConnectionString = database.ConnectionString;
        });
        return client.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = settings.ClusterId;
            o.ServiceId = settings.ServiceId;
        });
    }
}
