using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Bot.Host.Tests.Discord.Fakes;

public sealed partial class FakeDiscordServer
{
    /// <summary>GUILD_MEMBERS, GUILD_PRESENCES and MESSAGE_CONTENT.</summary>
    public const int PrivilegedIntents = (1 << 1) | (1 << 8) | (1 << 15);
    private const int AllIntents = (1 << 26) - 1;

    private readonly List<FakeGatewayConnection> _connections = [];
    private readonly List<RecordedGatewayPayload> _payloads = [];
    private readonly Dictionary<string, FakeGatewaySession> _sessions = [];
    private FakeGatewaySession? _currentSession;
    private TimeSpan _heartbeatInterval = TimeSpan.FromMilliseconds(300);
    private bool _ackHeartbeats = true;
    private int? _identifyCloseCode;
    private bool _rejectResumes;

    /// <summary>The heartbeat_interval of HELLO for new connections (default 300 ms).</summary>
    public TimeSpan HeartbeatInterval { get => Read(() => _heartbeatInterval); set => Write(() => _heartbeatInterval = value); }

    /// <summary>False: heartbeats are recorded but never ACKed, as on a zombie connection.</summary>
    public bool AckHeartbeats { get => Read(() => _ackHeartbeats); set => Write(() => _ackHeartbeats = value); }

    /// <summary>Close every IDENTIFY with this code (e.g. 4004) instead of answering READY.</summary>
    public int? IdentifyCloseCode { get => Read(() => _identifyCloseCode); set => Write(() => _identifyCloseCode = value); }

    /// <summary>Answer every RESUME with INVALID_SESSION d=false.</summary>
    public bool RejectResumes { get => Read(() => _rejectResumes); set => Write(() => _rejectResumes = value); }

    /// <summary>When false (default), IDENTIFY with a privileged intent is closed with 4014, as when the portal switch is off.</summary>
    public bool PrivilegedIntentsEnabled { get; set; }

    /// <summary>After op 7 the fake closes with 4000 itself if the client has not closed within this time.</summary>
    public TimeSpan ReconnectGrace { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Client sends allowed per connection per 60 s; one more closes with 4008.</summary>
    public int SendLimitPerMinute { get; set; } = 120;

    public IReadOnlyList<GatewayConnectionInfo> Connections
    {
        get
        {
            lock (_gate)
            {
                return [.. _connections.Select(c => c.Snapshot())];
            }
        }
    }

    /// <summary>Every payload any client sent, in arrival order.</summary>
    public IReadOnlyList<RecordedGatewayPayload> ClientPayloads
    {
        get
        {
            lock (_gate)
            {
                return [.. _payloads];
            }
        }
    }

    public IReadOnlyList<RecordedGatewayPayload> Identifies => [.. ClientPayloads.Where(p => p.Op == 2)];

    public IReadOnlyList<RecordedGatewayPayload> Resumes => [.. ClientPayloads.Where(p => p.Op == 6)];

    public IReadOnlyList<RecordedGatewayPayload> Heartbeats => [.. ClientPayloads.Where(p => p.Op == 1)];

    /// <summary>The session the last READY started; null before the first.</summary>
    public string? CurrentSessionId
    {
        get
        {
            lock (_gate)
            {
                return _currentSession?.Id;
            }
        }
    }

    /// <summary>True when the current session has a connection that receives events.</summary>
    public bool HasLiveConnection
    {
        get
        {
            lock (_gate)
            {
                return _currentSession?.Connection is { Live: true };
            }
        }
    }

    public Task<IReadOnlyList<RecordedGatewayPayload>> WaitForIdentifiesAsync(int count, TimeSpan? timeout = null) =>
        WaitForAsync(() => Identifies is { } all && all.Count >= count ? all : null, $"{count} IDENTIFY", timeout);

    public Task<IReadOnlyList<RecordedGatewayPayload>> WaitForResumesAsync(int count, TimeSpan? timeout = null) =>
        WaitForAsync(() => Resumes is { } all && all.Count >= count ? all : null, $"{count} RESUME", timeout);

    public Task<IReadOnlyList<RecordedGatewayPayload>> WaitForHeartbeatsAsync(int count, TimeSpan? timeout = null) =>
        WaitForAsync(() => Heartbeats is { } all && all.Count >= count ? all : null, $"{count} heartbeats", timeout);

    /// <summary>Waits until a session's connection is live (READY or RESUMED sent).</summary>
    public Task WaitForLiveConnectionAsync(TimeSpan? timeout = null) =>
        WaitUntilAsync(() => HasLiveConnection, "a live gateway connection", timeout);

    public Task<GatewayConnectionInfo> WaitForClosedConnectionAsync(int number, TimeSpan? timeout = null) =>
        WaitForAsync(() => Connections.FirstOrDefault(c => c.Number == number && !c.IsOpen), $"connection #{number} to close", timeout);

    private T Read<T>(Func<T> read)
    {
        lock (_gate)
        {
            return read();
        }
    }

    private void Write(Action write)
    {
        lock (_gate)
        {
            write();
        }
    }

    private async Task HandleGatewayAsync(HttpContext context, string path)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        FakeGatewayConnection connection;
        TimeSpan interval;
        lock (_gate)
        {
            connection = new FakeGatewayConnection(_connections.Count + 1, path, context.Request.QueryString.Value?.TrimStart('?') ?? string.Empty, socket, context, DateTimeOffset.UtcNow);
            _connections.Add(connection);
            interval = _heartbeatInterval;
            Changed();
        }

        var stopping = _stopping.Token;
        try
        {
            await connection.SendAsync(Frame(10, new JsonObject { ["heartbeat_interval"] = (long)interval.TotalMilliseconds }), stopping).ConfigureAwait(false);
            await ReceiveLoopAsync(connection, stopping).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Dropped by the client, by AbortConnection or by shutdown.
        }
        finally
        {
            lock (_gate)
            {
                connection.ClosedAt = DateTimeOffset.UtcNow;
                connection.Live = false;
                Changed();
            }
        }
    }

    private async Task ReceiveLoopAsync(FakeGatewayConnection connection, CancellationToken stopping)
    {
        var buffer = new byte[64 * 1024];
        while (true)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await connection.Socket.ReceiveAsync(buffer, stopping).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    lock (_gate)
                    {
                        connection.ClientCloseCode ??= (int?)result.CloseStatus;
                        Changed();
                    }

                    await connection.CloseOutputAsync((int)(result.CloseStatus ?? WebSocketCloseStatus.NormalClosure), "bye", stopping).ConfigureAwait(false);
                    return;
                }

                message.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);

            if (!await AcceptAsync(connection, message.ToArray(), stopping).ConfigureAwait(false))
            {
                return;
            }
        }
    }

    /// <summary>Handles one client payload; false when the connection was closed for it.</summary>
    private async Task<bool> AcceptAsync(FakeGatewayConnection connection, byte[] bytes, CancellationToken stopping)
    {
        bool overLimit;
        lock (_gate)
        {
            var now = DateTimeOffset.UtcNow;
            while (connection.SendWindow.Count > 0 && now - connection.SendWindow.Peek() >= TimeSpan.FromSeconds(60))
            {
                connection.SendWindow.Dequeue();
            }

            connection.SendWindow.Enqueue(now);
            overLimit = connection.SendWindow.Count > SendLimitPerMinute;
        }

        if (overLimit)
        {
            return await CloseByServerAsync(connection, 4008, "Rate limited.", stopping).ConfigureAwait(false);
        }

        JsonObject payload;
        try
        {
            payload = bytes.Length > 4096 ? throw new JsonException("too large") : JsonNode.Parse(bytes)?.AsObject() ?? throw new JsonException("empty");
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return await CloseByServerAsync(connection, 4002, "Error while decoding payload.", stopping).ConfigureAwait(false);
        }

        var op = payload["op"]?.GetValue<int>() ?? -1;
        var data = payload["d"]?.DeepClone();
        bool authenticated, requested = false, ack = false;
        lock (_gate)
        {
            authenticated = connection.Authenticated;
            if (op == 1)
            {
                requested = connection.HeartbeatRequested;
                connection.HeartbeatRequested = false;
                ack = _ackHeartbeats;
            }

            _payloads.Add(new RecordedGatewayPayload(connection.Number, op, data, DateTimeOffset.UtcNow, requested));
            Changed();
        }

        switch (op)
        {
            case 1:
                if (ack)
                {
                    await connection.SendAsync(Frame(11, null), stopping).ConfigureAwait(false);
                }

                return true;
            case 2 when authenticated:
            case 6 when authenticated:
                return await CloseByServerAsync(connection, 4005, "Already authenticated.", stopping).ConfigureAwait(false);
            case 2:
                return await IdentifyAsync(connection, data as JsonObject, stopping).ConfigureAwait(false);
            case 6:
                return await ResumeAsync(connection, data as JsonObject, stopping).ConfigureAwait(false);
            case 3 or 4 or 8 when authenticated:
                return true;
            case 3 or 4 or 8:
                return await CloseByServerAsync(connection, 4003, "Not authenticated.", stopping).ConfigureAwait(false);
            default:
                return await CloseByServerAsync(connection, 4001, "Unknown opcode.", stopping).ConfigureAwait(false);
        }
    }

    private async Task<bool> CloseByServerAsync(FakeGatewayConnection connection, int code, string reason, CancellationToken stopping)
    {
        lock (_gate)
        {
            connection.ServerCloseCode ??= code;
            connection.Live = false;
            Changed();
        }

        await connection.CloseOutputAsync(code, reason, stopping).ConfigureAwait(false);
        return true; // keep reading until the client's close frame or the drop
    }

    private static string Frame(int op, JsonNode? data, string? type = null, long? sequence = null) =>
        new JsonObject
        {
            ["op"] = op,
            ["d"] = data,
            ["s"] = sequence,
            ["t"] = type,
        }.ToJsonString();

    private static string NewSessionId() => Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture);
}
