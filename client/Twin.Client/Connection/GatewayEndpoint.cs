using System.Net;

namespace Twin.Client.Connection;

/// <summary>Turns "HOST:PORT" into the address of a silo's gateway.</summary>
internal static class GatewayEndpoint
{
    public static async Task<IPEndPoint> ResolveAsync(string text, CancellationToken cancellation)
    {
        int colon = text.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(text[(colon + 1)..], out var port) || port is < 1 or > 65535)
            throw new ClusterUnreachableException($"--cluster must be HOST:PORT (the gateway port of a silo), got '{text}'.");
        var host = text[..colon];
        if (IPAddress.TryParse(host, out var address)) return new IPEndPoint(address, port);
        IPAddress[] addresses;
        try
        {
            addresses = await Dns.GetHostAddressesAsync(host, cancellation);
        }
        catch (System.Net.Sockets.SocketException e)
        {
            throw new ClusterUnreachableException($"Cannot resolve the cluster host '{host}': {e.Message}");
        }
        return addresses.Length > 0
            ? new IPEndPoint(addresses[0], port)
            : throw new ClusterUnreachableException($"Cannot resolve the cluster host '{host}'.");
    }
}
