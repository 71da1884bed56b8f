using System.Diagnostics;
using System.Net.Sockets;

namespace Twin.Client.Connection;

/// <summary>
/// Whether a failed first connection to a gateway is tried again. A gateway that refuses the
/// connection is not there, and that is reported at once; one that does not answer in time is
/// only slow (a silo busy starting, a loaded machine), and is given up to <see cref="Patience"/>.
/// (Orleans' own default retries everything for about three minutes.)
/// </summary>
internal sealed class SlowGatewayRetry
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly Stopwatch _since = Stopwatch.StartNew();

    public async Task<bool> ShouldRetry(Exception failure, CancellationToken cancellation)
    {
        if (Refused(failure) || _since.Elapsed > Patience) return false;
        await Task.Delay(TimeSpan.FromSeconds(1), cancellation);
        return true;
    }

    private static readonly string[] RefusalWords =
        [nameof(SocketError.ConnectionRefused), nameof(SocketError.HostUnreachable), nameof(SocketError.NetworkUnreachable)];

    private static bool Refused(Exception? failure)
    {
        for (; failure is not null; failure = failure.InnerException)
        {
            if (failure is SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostUnreachable or SocketError.NetworkUnreachable })
                return true;
            // Orleans reports the socket's error in its own exception's text ("Error: ConnectionRefused").
            if (RefusalWords.Any(word => failure.Message.Contains(word, StringComparison.Ordinal))) return true;
            if (failure is AggregateException aggregate && aggregate.InnerExceptions.Any(Refused)) return true;
        }
        return false;
    }
}
