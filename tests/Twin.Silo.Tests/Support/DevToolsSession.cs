using System.Net.WebSockets;
using System.Text.Json;

namespace Twin.Silo.Tests.Support;

/// <summary>
/// The Chrome DevTools protocol over one WebSocket: a command is `{id, method, params}` and its
/// answer the message with the same id; events in between are skipped. One command at a time.
/// </summary>
public sealed class DevToolsSession : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private int _nextId;

    private DevToolsSession()
    {
    }

    public static async Task<DevToolsSession> ConnectAsync(Uri endpoint)
    {
        var session = new DevToolsSession();
        session._socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await session._socket.ConnectAsync(endpoint, CancellationToken.None);
        return session;
    }

    public async Task<JsonElement> SendAsync(string method, object? parameters = null)
    {
        int id = ++_nextId;
        var message = JsonSerializer.SerializeToUtf8Bytes(new { id, method, @params = parameters ?? new { } });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(180));
        await _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
        while (true)
        {
            using var reply = JsonDocument.Parse(await ReceiveAsync(timeout.Token));
            if (!reply.RootElement.TryGetProperty("id", out var replyId) || replyId.GetInt32() != id) continue;
            if (reply.RootElement.TryGetProperty("error", out var error))
                throw new InvalidOperationException($"{method} failed: {error}");
            return reply.RootElement.GetProperty("result").Clone();
        }
    }

    private async Task<byte[]> ReceiveAsync(CancellationToken cancellation)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        WebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(chunk, cancellation);
            if (result.MessageType == WebSocketMessageType.Close) throw new InvalidOperationException("Chromium closed the DevTools connection.");
            buffer.Write(chunk, 0, result.Count);
        } while (!result.EndOfMessage);
        return buffer.ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try { await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None); }
            catch (WebSocketException) { }
        }
        _socket.Dispose();
    }
}
