using System.Net;
using System.Net.Sockets;

namespace Twin.Hosting;

/// <summary>Finds unused loopback ports, so two embedded twins on one machine never collide.</summary>
internal static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
