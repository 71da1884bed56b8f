using System.Net;
using System.Net.Sockets;

namespace Twin.Testing;

/// <summary>Ports on 127.0.0.1 for the servers a test starts.</summary>
public static class Loopback
{
    private static readonly HashSet<int> HandedOut = [];

    /// <summary>
    /// A port nothing listens on right now (the system's choice), so tests and their servers never
    /// collide. The system may offer a port it just freed again (a silo's gateway port once came
    /// back as its silo port), so a port is never handed out twice in one test process.
    /// </summary>
    public static int FreePort()
    {
        for (int attempt = 0; ; attempt++)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            int port = ((IPEndPoint)listener.LocalEndpoint).Port;
            lock (HandedOut)
                if (HandedOut.Add(port) || attempt >= 100)
                    return port;
        }
    }
}
