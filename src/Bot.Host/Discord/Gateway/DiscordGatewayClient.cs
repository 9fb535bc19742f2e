using System.Threading.Channels;
using Bot.Host.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Host.Discord.Gateway;

/// <summary>
/// Discord's gateway over one WebSocket: IDENTIFY with <see cref="DiscordOptions.Intents"/>, heartbeats with zombie
/// detection, RESUME after drops, op 7, op 9 and resumable close codes, a fresh session when Discord requires one,
/// and a clean stop (no retry loop) on fatal close codes. Run it with <see cref="RunAsync"/> from one hosted service
/// and read <see cref="Dispatches"/> from one consumer:
/// <code>
/// var run = gateway.RunAsync(stoppingToken);
/// await foreach (var dispatch in gateway.Dispatches.ReadAllAsync(stoppingToken)) { … }
/// </code>
/// Within a session every dispatch reaches the reader once and in sequence order, also across RESUMEs. Events are
/// not acknowledged to Discord: what is still in the channel when the process dies is lost.
/// </summary>
public sealed partial class DiscordGatewayClient(
    DiscordRestClient rest,
    IOptions<DiscordOptions> options,
    TimeProvider clock,
    ILogger<DiscordGatewayClient> logger,
    GatewayRetryPolicy? retryPolicy = null)
{
    private readonly DiscordOptions _options = options.Value;
    private readonly GatewayRetryPolicy _policy = retryPolicy ?? GatewayRetryPolicy.Default;
    private readonly Channel<GatewayDispatch> _events = Channel.CreateBounded<GatewayDispatch>(
        new BoundedChannelOptions(options.Value.EventQueueCapacity) { SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });

    private volatile GatewayState _state;
    private volatile GatewaySession? _session;
    private volatile string? _stopReason;
    private volatile string? _retryReason;
    private volatile string? _botUserId;
    private long _lastSequence = -1;
    private long _lastIdentifyAt;
    private long _latencyTicks = -1;
    private int _fatalCloseCode;
    private int _started;

    /// <summary>Every dispatch (READY, RESUMED, MESSAGE_CREATE, INTERACTION_CREATE…); completes when the client stops.</summary>
    public ChannelReader<GatewayDispatch> Dispatches => _events.Reader;

    public GatewayState State => _state;

    /// <summary>Why the client stopped, in words an admin understands; null while running.</summary>
    public string? StopReason => _stopReason;

    /// <summary>Why the last connection ended, while <see cref="State"/> is <see cref="GatewayState.Reconnecting"/>.</summary>
    public string? RetryReason => _retryReason;

    /// <summary>The gateway close code that stopped the client for good (4004, 4010–4014), if any. A token refused over REST (401) leaves it null.</summary>
    public int? FatalCloseCode => Volatile.Read(ref _fatalCloseCode) is var code and > 0 ? code : null;

    /// <summary>The bot's own user id, from READY; mentions of it are questions for the bot.</summary>
    public string? BotUserId => _botUserId;

    /// <summary>Time from the last heartbeat to its ACK.</summary>
    public TimeSpan? HeartbeatLatency => Interlocked.Read(ref _latencyTicks) is var ticks and >= 0 ? TimeSpan.FromTicks(ticks) : null;

    /// <summary>
    /// Connects and keeps the connection until <paramref name="cancellationToken"/> is cancelled or Discord closes it
    /// with a fatal code; then <see cref="State"/> is <see cref="GatewayState.Stopped"/> and <see cref="Dispatches"/>
    /// completes. Call it once.
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _started, 1) != 0)
        {
            throw new InvalidOperationException("DiscordGatewayClient.RunAsync can be called only once.");
        }

        var failures = 0;
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var outcome = _session is { } session
                    ? await RunConnectionAsync(session.ResumeUrl, resume: true, cancellationToken).ConfigureAwait(false)
                    : await IdentifyAsync(cancellationToken).ConfigureAwait(false);
                if (outcome.Action == ReconnectAction.Stop)
                {
                    Stop("shut down");
                    return;
                }

                if (outcome.Action == ReconnectAction.Fatal)
                {
                    StopForGood(outcome);
                    return;
                }

                if (outcome.Action is ReconnectAction.NewSession or ReconnectAction.NewSessionAfterInvalid)
                {
                    ForgetSession();
                }

                failures = outcome.WasReady ? 1 : failures + 1;
                var delay = outcome.Action == ReconnectAction.NewSessionAfterInvalid ? _policy.InvalidSessionDelay() : _policy.ReconnectDelay(failures);
                _retryReason = outcome.Reason;
                _state = GatewayState.Reconnecting;
                LogReconnecting(outcome.Reason, _session is null ? "identify" : "resume", delay.TotalSeconds);
                await Task.Delay(delay, clock, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Stop("shut down");
        }
        finally
        {
            _events.Writer.TryComplete();
        }
    }

    private async Task<ConnectionOutcome> IdentifyAsync(CancellationToken cancellationToken)
    {
        _state = GatewayState.Connecting;
        var gateway = await rest.GetGatewayBotAsync(cancellationToken).ConfigureAwait(false);
        if (gateway.Status == DiscordRestStatus.Unauthorized)
        {
            return new(ReconnectAction.Fatal, "Discord rejected the bot token (401) when asked for the gateway address", 401);
        }

        if (!gateway.IsSuccess)
        {
            return new(ReconnectAction.NewSession, $"GET /gateway/bot failed ({gateway})");
        }

        var limit = gateway.Value.SessionStartLimit;
        if (limit is { Remaining: <= 0 })
        {
            var wait = TimeSpan.FromMilliseconds(Math.Max(limit.ResetAfter, 1_000));
            LogIdentifyBudgetUsedUp(limit.Total, wait.TotalMinutes);
            _state = GatewayState.Reconnecting;
            await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
            return await IdentifyAsync(cancellationToken).ConfigureAwait(false);
        }

        if (limit is not null && limit.Remaining <= Math.Max(10, limit.Total / 20))
        {
            LogIdentifyBudgetLow(limit.Remaining, limit.Total);
        }

        await WaitForIdentifySlotAsync(limit?.MaxConcurrency ?? 1, cancellationToken).ConfigureAwait(false);
        var url = string.IsNullOrWhiteSpace(_options.GatewayUrlOverride) ? gateway.Value.Url : _options.GatewayUrlOverride;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return new(ReconnectAction.NewSession, "Discord returned an unusable gateway address");
        }

        return await RunConnectionAsync(uri, resume: false, cancellationToken).ConfigureAwait(false);
    }

    // Discord takes max_concurrency IDENTIFYs per 5 s; more come back as INVALID_SESSION.
    private async Task WaitForIdentifySlotAsync(int maxConcurrency, CancellationToken cancellationToken)
    {
        var last = Interlocked.Read(ref _lastIdentifyAt);
        if (last == 0)
        {
            return;
        }

        var spacing = _policy.IdentifyWindow / Math.Max(1, maxConcurrency);
        var since = clock.GetElapsedTime(last);
        if (since < spacing)
        {
            await Task.Delay(spacing - since, clock, cancellationToken).ConfigureAwait(false);
        }
    }

    private void ForgetSession()
    {
        _session = null;
        Interlocked.Exchange(ref _lastSequence, -1);
    }

    private void Stop(string reason)
    {
        _stopReason ??= reason;
        _state = GatewayState.Stopped;
        LogStopped(_stopReason);
    }

    private void StopForGood(ConnectionOutcome outcome)
    {
        var code = outcome.CloseCode ?? 0;
        if (code == 401)
        {
            LogTokenRejected();
        }
        else
        {
            Volatile.Write(ref _fatalCloseCode, code);
            LogFatalClose(code, GatewayCloseCodes.Meaning(code), GatewayCloseCodes.Advice(code));
        }

        Stop(outcome.Reason);
    }
}
