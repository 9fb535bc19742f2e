using System.Text.Json.Nodes;

namespace Bot.Host.Tests.Discord.Fakes;

public sealed partial class FakeDiscordServer
{
    private int _sessionStartRemaining = 1000;

    /// <summary>session_start_limit.remaining of GET /gateway/bot; every IDENTIFY takes one.</summary>
    public int SessionStartRemaining { get => Read(() => _sessionStartRemaining); set => Write(() => _sessionStartRemaining = value); }

    /// <summary>session_start_limit.reset_after.</summary>
    public TimeSpan SessionStartResetAfter { get; set; } = TimeSpan.FromHours(20);

    /// <summary>
    /// Sends an event to the current session: numbers it with the next "s", keeps it for replay, and sends it now if a
    /// connection is live (otherwise the client gets it when it resumes). Returns the sequence number.
    /// </summary>
    public async Task<long> DispatchAsync(string type, JsonNode? data)
    {
        var session = Read(() => _currentSession) ?? throw new InvalidOperationException("No session yet: wait for READY first.");
        await session.Lock.WaitAsync(_stopping.Token).ConfigureAwait(false);
        try
        {
            long sequence;
            FakeGatewayConnection? live;
            lock (_gate)
            {
                sequence = ++session.Sequence;
                live = session.Connection is { Live: true } connection ? connection : null;
            }

            var frame = Frame(0, data, type, sequence);
            session.Buffer.Add((sequence, frame));
            if (live is not null)
            {
                await live.SendAsync(frame, _stopping.Token).ConfigureAwait(false);
            }

            return sequence;
        }
        finally
        {
            session.Lock.Release();
        }
    }

    /// <summary>Sends op 7; closes with 4000 after <see cref="ReconnectGrace"/> if the client has not closed. Later events wait for the RESUME.</summary>
    public async Task SendReconnectAsync()
    {
        var connection = await TakeCurrentConnectionOfflineAsync().ConfigureAwait(false);
        await connection.SendAsync(Frame(7, null), _stopping.Token).ConfigureAwait(false);
        _ = CloseAfterGraceAsync(connection);
    }

    /// <summary>Sends op 9. With <paramref name="resumable"/> false the session is gone: a RESUME gets op 9 false again.</summary>
    public async Task SendInvalidSessionAsync(bool resumable)
    {
        var connection = await TakeCurrentConnectionOfflineAsync().ConfigureAwait(false);
        if (!resumable)
        {
            Write(() => connection.Session!.Invalidated = true);
        }

        await connection.SendAsync(Frame(9, resumable), _stopping.Token).ConfigureAwait(false);
    }

    /// <summary>Closes the current connection with <paramref name="code"/> (e.g. 4000 resumable, 4009 new session, 4004 fatal).</summary>
    public async Task CloseConnectionAsync(int code, string reason = "closed by the test")
    {
        var connection = await TakeCurrentConnectionOfflineAsync().ConfigureAwait(false);
        await CloseByServerAsync(connection, code, reason, _stopping.Token).ConfigureAwait(false);
    }

    /// <summary>Drops the TCP connection without a close frame.</summary>
    public async Task AbortConnectionAsync()
    {
        var connection = await TakeCurrentConnectionOfflineAsync().ConfigureAwait(false);
        Write(() => connection.Aborted = true);
        connection.Context.Abort();
    }

    /// <summary>Sends op 1: the client must beat at once (see <see cref="RecordedGatewayPayload.AfterRequest"/>).</summary>
    public async Task RequestHeartbeatAsync()
    {
        var connection = Read(CurrentConnection);
        Write(() => connection.HeartbeatRequested = true);
        await connection.SendAsync(Frame(1, null), _stopping.Token).ConfigureAwait(false);
    }

    private FakeGatewayConnection CurrentConnection() =>
        _currentSession?.Connection is { ClosedAt: null } connection
            ? connection
            : throw new InvalidOperationException("No open gateway connection with a session.");

    // Under the session lock, so that no event is halfway out while the connection stops being live.
    private async Task<FakeGatewayConnection> TakeCurrentConnectionOfflineAsync()
    {
        var connection = Read(CurrentConnection);
        var session = connection.Session!;
        await session.Lock.WaitAsync(_stopping.Token).ConfigureAwait(false);
        try
        {
            Write(() =>
            {
                connection.Live = false;
                Changed();
            });
            return connection;
        }
        finally
        {
            session.Lock.Release();
        }
    }

    private async Task CloseAfterGraceAsync(FakeGatewayConnection connection)
    {
        try
        {
            await Task.Delay(ReconnectGrace, _stopping.Token).ConfigureAwait(false);
            if (Read(() => connection.ClosedAt is null && connection.ClientCloseCode is null))
            {
                await CloseByServerAsync(connection, 4000, "Reconnect.", _stopping.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // Server shutting down.
        }
    }

    private async Task<bool> IdentifyAsync(FakeGatewayConnection connection, JsonObject? data, CancellationToken stopping)
    {
        var intents = data?["intents"] is JsonValue value && value.TryGetValue<long>(out var bits) ? bits : (long?)null;
        var properties = data?["properties"] as JsonObject;
        var closeWith = Read(() => _identifyCloseCode);
        var reject = (Text(data, "token") != Token, intents) switch
        {
            (true, _) => (4004, "Authentication failed."),
            (_, null) => (4013, "Invalid intent(s)."),
            (_, { } i) when (i & ~AllIntents) != 0 => (4013, "Invalid intent(s)."),
            (_, { } i) when (i & PrivilegedIntents) != 0 && !PrivilegedIntentsEnabled => (4014, "Disallowed intent(s)."),
            _ when properties is null || Text(properties, "os") is null || Text(properties, "browser") is null || Text(properties, "device") is null
                => (4002, "Error while decoding payload."),
            _ when closeWith is { } code => (code, "Closed by the test."),
            _ => ((int, string)?)null,
        };
        if (reject is { } close)
        {
            return await CloseByServerAsync(connection, close.Item1, close.Item2, stopping).ConfigureAwait(false);
        }

        var session = new FakeGatewaySession(NewSessionId());
        await session.Lock.WaitAsync(stopping).ConfigureAwait(false);
        try
        {
            lock (_gate)
            {
                _sessionStartRemaining--;
                _sessions[session.Id] = session;
                _currentSession = session;
                session.Connection = connection;
                connection.Session = session;
                connection.Authenticated = true;
                session.Sequence = 1;
            }

            var ready = Frame(0, ReadyData(session.Id), "READY", 1);
            session.Buffer.Add((1, ready));
            await connection.SendAsync(ready, stopping).ConfigureAwait(false);
            Write(() =>
            {
                connection.Live = true;
                Changed();
            });
            return true;
        }
        finally
        {
            session.Lock.Release();
        }
    }

    private async Task<bool> ResumeAsync(FakeGatewayConnection connection, JsonObject? data, CancellationToken stopping)
    {
        if (Text(data, "token") != Token)
        {
            return await CloseByServerAsync(connection, 4004, "Authentication failed.", stopping).ConfigureAwait(false);
        }

        var seq = data?["seq"] is JsonValue value && value.TryGetValue<long>(out var s) ? s : -1;
        var session = Read(() => _rejectResumes ? null : _sessions.GetValueOrDefault(Text(data, "session_id") ?? string.Empty));
        if (session is null || Read(() => session.Invalidated))
        {
            await connection.SendAsync(Frame(9, false), stopping).ConfigureAwait(false);
            return true;
        }

        await session.Lock.WaitAsync(stopping).ConfigureAwait(false);
        try
        {
            if (seq < 0 || seq > session.Sequence)
            {
                return await CloseByServerAsync(connection, 4007, "Invalid seq.", stopping).ConfigureAwait(false);
            }

            Write(() =>
            {
                if (session.Connection is { } previous)
                {
                    previous.Live = false;
                }

                session.Connection = connection;
                connection.Session = session;
                connection.Authenticated = true;
                _currentSession = session;
            });
            var replayed = 0;
            foreach (var (sequence, frame) in session.Buffer.Where(e => e.Sequence > seq))
            {
                await connection.SendAsync(frame, stopping).ConfigureAwait(false);
                replayed++;
            }

            await connection.SendAsync(Frame(0, null, "RESUMED", session.Sequence), stopping).ConfigureAwait(false);
            Write(() =>
            {
                connection.Replayed = replayed;
                connection.Live = true;
                Changed();
            });
            return true;
        }
        finally
        {
            session.Lock.Release();
        }
    }

    private JsonObject ReadyData(string sessionId) => new()
    {
        ["v"] = 10,
        ["user"] = new JsonObject { ["id"] = BotUserId, ["username"] = BotUsername, ["global_name"] = null, ["bot"] = true },
        ["guilds"] = new JsonArray(new JsonObject { ["id"] = GuildId, ["unavailable"] = true }),
        ["session_id"] = sessionId,
        ["resume_gateway_url"] = ResumeUrl,
        ["application"] = new JsonObject { ["id"] = ApplicationId, ["flags"] = 0 },
    };

    private static string? Text(JsonObject? data, string property) =>
        data?[property] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
