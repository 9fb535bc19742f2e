using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using Bot.Core.Messaging;

namespace Bot.Host.Discord.Gateway;

/// <summary>
/// One ClientWebSocket with Discord's framing rules: whole JSON text messages in, payloads of at most 4096 bytes
/// out, one send at a time, and at most 120 sends per 60 s (115 for commands, the rest kept for heartbeats).
/// </summary>
internal sealed class GatewaySocket(TimeProvider clock) : IDisposable
{
    public const int MaxPayloadBytes = 4096;
    private const int MaxInboundBytes = 32 * 1024 * 1024;
    private static readonly TimeSpan SendWindow = TimeSpan.FromSeconds(60);
    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly RateGate _allSends = new(120, SendWindow, clock);
    private readonly RateGate _commandSends = new(115, SendWindow, clock);
    private readonly ArrayBufferWriter<byte> _inbound = new(16 * 1024);

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public string? CloseDescription => _socket.CloseStatusDescription;

    public async Task ConnectAsync(Uri uri, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        connectTimeout.CancelAfter(timeout);
        await _socket.ConnectAsync(uri, connectTimeout.Token).ConfigureAwait(false);
    }

    /// <summary>The next whole message, or null once Discord's close frame has arrived.</summary>
    public async Task<JsonDocument?> ReceiveAsync(CancellationToken cancellationToken)
    {
        _inbound.ResetWrittenCount();
        while (true)
        {
            var result = await _socket.ReceiveAsync(_inbound.GetMemory(8 * 1024), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            _inbound.Advance(result.Count);
            if (_inbound.WrittenCount > MaxInboundBytes)
            {
                throw new InvalidDataException($"A gateway message is larger than {MaxInboundBytes} bytes.");
            }

            if (result.EndOfMessage)
            {
                return JsonDocument.Parse(_inbound.WrittenMemory);
            }
        }
    }

    public async Task SendAsync(GatewayCommand command, bool isHeartbeat, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(command, DiscordJson.Options);
        if (bytes.Length > MaxPayloadBytes)
        {
            throw new InvalidOperationException($"Gateway payload op {command.Op} is {bytes.Length} bytes; Discord closes the connection above {MaxPayloadBytes}.");
        }

        if (!isHeartbeat)
        {
            await _commandSends.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        await _allSends.WaitAsync(cancellationToken).ConfigureAwait(false);
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Sends our close frame; never throws. The receive loop then sees Discord's answer.</summary>
    public async Task CloseOutputQuietlyAsync(int code, string reason, TimeSpan timeout)
    {
        using var closeTimeout = new CancellationTokenSource(timeout);
        try
        {
            await _sendLock.WaitAsync(closeTimeout.Token).ConfigureAwait(false);
            try
            {
                if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, closeTimeout.Token).ConfigureAwait(false);
                }
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
        {
            // The connection is going away anyway.
        }
    }

    public void Dispose()
    {
        _socket.Dispose();
        _sendLock.Dispose();
    }
}
