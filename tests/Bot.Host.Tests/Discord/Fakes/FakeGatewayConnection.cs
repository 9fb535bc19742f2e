using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Bot.Host.Tests.Discord.Fakes;

/// <summary>The fake's side of one gateway WebSocket. Mutable fields are touched under the server's lock.</summary>
internal sealed class FakeGatewayConnection(int number, string path, string query, WebSocket socket, HttpContext context, DateTimeOffset openedAt)
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    public int Number { get; } = number;

    public WebSocket Socket { get; } = socket;

    public HttpContext Context { get; } = context;

    public Queue<DateTimeOffset> SendWindow { get; } = new();

    public DateTimeOffset? ClosedAt { get; set; }

    public int? ClientCloseCode { get; set; }

    public int? ServerCloseCode { get; set; }

    public bool Aborted { get; set; }

    public int Replayed { get; set; }

    /// <summary>IDENTIFY or RESUME received.</summary>
    public bool Authenticated { get; set; }

    /// <summary>Live dispatches go out on this connection (after READY/RESUMED, until op 7/op 9/close).</summary>
    public bool Live { get; set; }

    public bool HeartbeatRequested { get; set; }

    public FakeGatewaySession? Session { get; set; }

    public async Task<bool> SendAsync(string json, CancellationToken cancellationToken)
    {
        try
        {
            await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (Socket.State != WebSocketState.Open)
                {
                    return false;
                }

                await Socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
                return true;
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            return false;
        }
    }

    public async Task CloseOutputAsync(int code, string reason, CancellationToken cancellationToken)
    {
        try
        {
            await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (Socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    await Socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Already gone.
        }
    }

    public GatewayConnectionInfo Snapshot() =>
        new(Number, path, query, openedAt, ClosedAt, ClientCloseCode, ServerCloseCode, Aborted, Replayed);
}
