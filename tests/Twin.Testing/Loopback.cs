using System.Net;
using System.Net.Sockets;

namespace Twin.Testing;

/// <summary>Ports on 127.0.0.1 for the servers a test starts.</summary>
public static class Loopback
{
    /// <summary>A port nothing listens on right now (the system's choice), so tests and their servers never collide.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
