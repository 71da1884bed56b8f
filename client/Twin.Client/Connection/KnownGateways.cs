using System.Net;
using Orleans.Messaging;

namespace Twin.Client.Connection;

/// <summary>
/// The gateways a client may use: the one it was given to start with, then every active gateway
/// the cluster lists (see <see cref="TwinConnection"/>). With more than one known, the Orleans
/// client moves to another when its gateway's silo dies, instead of losing the cluster.
/// </summary>
internal sealed class KnownGateways(IPEndPoint first) : IGatewayListProvider
{
    private volatile IList<Uri> _gateways = [first.ToGatewayUri()];

    /// <summary>
    /// How often the cluster is asked for its gateways and the Orleans client reads the list again.
    /// Short, because a client that knows only gateways of silos that have died cannot ask again:
    /// silos killed a few seconds apart must not outrun it.
    /// </summary>
    public static readonly TimeSpan Refresh = TimeSpan.FromSeconds(2);

    public TimeSpan MaxStaleness => Refresh;

    public bool IsUpdatable => true;

    public int Count => _gateways.Count;

    public Task InitializeGatewayListProvider() => Task.CompletedTask;

    public Task<IList<Uri>> GetGateways() => Task.FromResult(_gateways);

    /// <summary>Takes the cluster's current list of active gateways (ignored if empty: keep what worked).</summary>
    public void Learn(IReadOnlyCollection<IPEndPoint> active)
    {
        if (active.Count > 0)
            _gateways = active.Select(g => g.ToGatewayUri()).ToArray();
    }
}
