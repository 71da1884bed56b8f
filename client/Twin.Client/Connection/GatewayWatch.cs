using System.Net;

namespace Twin.Client.Connection;

/// <summary>
/// Keeps a client's <see cref="KnownGateways"/> current: asks the cluster for its active silos'
/// gateways at once and then every few seconds, so that silos which join later are known too.
/// </summary>
internal sealed class GatewayWatch : IAsyncDisposable
{
    private static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(3);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private GatewayWatch(IClusterClient client, KnownGateways gateways) => _loop = WatchAsync(client, gateways, _stop.Token);

    public static GatewayWatch Start(IClusterClient client, KnownGateways gateways) => new(client, gateways);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try { await _loop; } catch (OperationCanceledException) { }
        _stop.Dispose();
    }

    private static async Task WatchAsync(IClusterClient client, KnownGateways gateways, CancellationToken stop)
    {
        var management = client.GetGrain<IManagementGrain>(0);
        while (!stop.IsCancellationRequested)
        {
            try
            {
                // A call sent through a gateway that just died is not answered for 30 s: ask again sooner, elsewhere.
                var silos = await management.GetDetailedHosts(onlyActive: true).WaitAsync(AskTimeout, stop);
                gateways.Learn(silos.Where(s => s.ProxyPort > 0).Select(s => new IPEndPoint(s.SiloAddress.Endpoint.Address, s.ProxyPort)).ToArray());
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A gateway lost this moment; the list learned before still holds the others.
            }
            await Task.Delay(KnownGateways.Refresh, stop);
        }
    }
}
