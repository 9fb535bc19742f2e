using System.Net.WebSockets;
using System.Text.Json;

namespace Bot.Host.Discord.Gateway;

public sealed partial class DiscordGatewayClient
{
    private static readonly JsonElement NullData = JsonDocument.Parse("null").RootElement.Clone();

    private async Task<ConnectionOutcome> RunConnectionAsync(Uri url, bool resume, CancellationToken stoppingToken)
    {
        using var connection = new GatewayConnection(clock, _policy);
        _state = GatewayState.Connecting;
        LogConnecting(resume ? "resume" : "identify", url.Host);
        try
        {
            await connection.Socket.ConnectAsync(WithQuery(url), _policy.ConnectTimeout, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return ConnectionOutcome.Stopped;
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or HttpRequestException)
        {
            return new(ReconnectAction.Resume, "could not connect: " + ex.Message);
        }

        ConnectionOutcome outcome;
        using (stoppingToken.Register(() => connection.RequestClose(ConnectionOutcome.Stopped, 1000, "shutting down")))
        {
            outcome = await ReceiveLoopAsync(connection, resume).ConfigureAwait(false);
            await connection.ShutDownAsync().ConfigureAwait(false);
        }

        return outcome with { WasReady = connection.ReachedReady };
    }

    private async Task<ConnectionOutcome> ReceiveLoopAsync(GatewayConnection connection, bool resume)
    {
        try
        {
            while (true)
            {
                using var frame = await connection.Socket.ReceiveAsync(connection.Token).ConfigureAwait(false);
                if (frame is null)
                {
                    if (connection.PendingOutcome is { } pending)
                    {
                        return pending;
                    }

                    var closed = GatewayCloseCodes.Classify(connection.Socket.CloseStatus, connection.Socket.CloseDescription);
                    await connection.Socket.CloseOutputQuietlyAsync(closed.CloseCode ?? 1000, string.Empty, _policy.CloseTimeout).ConfigureAwait(false);
                    return closed;
                }

                await HandleAsync(connection, frame.RootElement, resume).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (connection.PendingOutcome is { } pending)
        {
            return pending;
        }
        catch (WebSocketException ex)
        {
            return connection.PendingOutcome ?? new(ReconnectAction.Resume, "the connection dropped: " + ex.Message);
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            LogUnreadableFrame(ex);
            var outcome = new ConnectionOutcome(ReconnectAction.Resume, "Discord sent a payload the bot cannot read");
            connection.RequestClose(outcome, GatewayCloseCodes.ResumableClose, "unreadable payload");
            await connection.ShutDownAsync().ConfigureAwait(false);
            return connection.PendingOutcome ?? outcome;
        }
    }

    private async Task HandleAsync(GatewayConnection connection, JsonElement payload, bool resume)
    {
        var op = (GatewayOpcode)payload.GetProperty("op").GetInt32();
        var data = payload.TryGetProperty("d", out var d) ? d : default;
        switch (op)
        {
            case GatewayOpcode.Dispatch:
                await OnDispatchAsync(connection, payload, data).ConfigureAwait(false);
                break;
            case GatewayOpcode.Hello:
                await OnHelloAsync(connection, data, resume).ConfigureAwait(false);
                break;
            case GatewayOpcode.HeartbeatAck:
                if (connection.Heartbeat.Acked() is { } latency)
                {
                    Interlocked.Exchange(ref _latencyTicks, latency.Ticks);
                    LogHeartbeatAck(latency.TotalMilliseconds);
                }

                break;
            case GatewayOpcode.Heartbeat:
                connection.Heartbeat.Request();
                break;
            case GatewayOpcode.Reconnect:
                LogReconnectRequested();
                connection.RequestClose(new(ReconnectAction.Resume, "Discord asked to reconnect (op 7)"), GatewayCloseCodes.ResumableClose, "reconnect requested");
                break;
            case GatewayOpcode.InvalidSession:
                var resumable = data.ValueKind == JsonValueKind.True;
                LogInvalidSession(resumable);
                connection.RequestClose(
                    resumable
                        ? new(ReconnectAction.Resume, "Discord invalidated the connection (op 9, resumable)")
                        : new(ReconnectAction.NewSessionAfterInvalid, "Discord invalidated the session (op 9)"),
                    resumable ? GatewayCloseCodes.ResumableClose : 1000,
                    "invalid session");
                break;
            default:
                LogUnknownOpcode((int)op);
                break;
        }
    }

    private async Task OnHelloAsync(GatewayConnection connection, JsonElement data, bool resume)
    {
        var interval = TimeSpan.FromMilliseconds(data.GetProperty("heartbeat_interval").GetDouble());
        connection.HeartbeatTask = RunHeartbeatAsync(connection, interval);
        var token = _options.BotToken!.Trim();
        if (resume && _session is { } session)
        {
            _state = GatewayState.Resuming;
            var sequence = Math.Max(Interlocked.Read(ref _lastSequence), 0);
            await connection.Socket.SendAsync(GatewayCommand.Resume(new ResumeData(token, session.Id, sequence)), isHeartbeat: false, connection.Token).ConfigureAwait(false);
            LogResumeSent(sequence);
            return;
        }

        _state = GatewayState.Identifying;
        ForgetSession();
        Interlocked.Exchange(ref _lastIdentifyAt, clock.GetTimestamp());
        var identify = new IdentifyData(token, (int)_options.Intents, IdentifyProperties.Current);
        await connection.Socket.SendAsync(GatewayCommand.Identify(identify), isHeartbeat: false, connection.Token).ConfigureAwait(false);
        LogIdentifySent((int)_options.Intents);
    }

    private async Task OnDispatchAsync(GatewayConnection connection, JsonElement payload, JsonElement data)
    {
        var type = payload.GetProperty("t").GetString() ?? string.Empty;
        long? sequence = payload.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt64() : null;
        var last = Interlocked.Read(ref _lastSequence);
        if (sequence is { } seq && seq <= last && type != GatewayEventNames.Resumed)
        {
            LogDuplicateDispatch(type, seq);
            return;
        }

        var dispatch = new GatewayDispatch(type, sequence, data.ValueKind == JsonValueKind.Undefined ? NullData : data.Clone(), clock.GetUtcNow());
        if (type == GatewayEventNames.Ready)
        {
            OnReady(data);
            connection.ReachedReady = true;
        }
        else if (type == GatewayEventNames.Resumed)
        {
            _state = GatewayState.Ready;
            connection.ReachedReady = true;
            LogResumed(last);
        }

        // Written before the sequence moves on: an event cut off here is replayed by the next RESUME.
        await _events.Writer.WriteAsync(dispatch, connection.Token).ConfigureAwait(false);
        if (sequence is { } next && next > last)
        {
            Interlocked.Exchange(ref _lastSequence, next);
        }
    }

    private void OnReady(JsonElement data)
    {
        var resumeUrl = data.GetProperty("resume_gateway_url").GetString();
        _session = new GatewaySession(data.GetProperty("session_id").GetString()!, new Uri(resumeUrl!, UriKind.Absolute));
        var user = data.GetProperty("user");
        _botUserId = user.GetProperty("id").GetString();
        _state = GatewayState.Ready;
        LogReady(user.TryGetProperty("username", out var name) ? name.GetString() : null, _botUserId);
    }

    private static Uri WithQuery(Uri url)
    {
        var builder = new UriBuilder(url);
        var query = builder.Query.TrimStart('?');
        if (!query.Contains("v=", StringComparison.Ordinal))
        {
            query = string.IsNullOrEmpty(query) ? "v=10&encoding=json" : query + "&v=10&encoding=json";
        }

        builder.Query = query;
        return builder.Uri;
    }
}
