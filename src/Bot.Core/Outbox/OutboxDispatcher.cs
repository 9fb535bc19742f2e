using System.Collections.Concurrent;
using Bot.Core.Conversations;
using Bot.Core.Messaging;
using Bot.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Core.Outbox;

/// <summary>
/// Sends outbox rows through the platform senders: in order within a chat, many chats at once.
/// Results are written back through the pipeline; a row not yet marked sent is sent again after a restart.
/// Bulk rows (broadcasts) have their own pool of concurrent chats, so replies never queue behind them; at shutdown
/// the sends in flight finish and their results commit before the writer stops, so a restart repeats nothing.
/// </summary>
public sealed partial class OutboxDispatcher(
    BotDatabase database,
    Pipeline pipeline,
    IEnumerable<IMessageSender> senders,
    IEnumerable<IOutboxAckObserver> observers,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    PipelineMetrics metrics,
    ILogger<OutboxDispatcher> logger) : BackgroundService, IOutboxFeed, IHostedLifecycleService
{
    private static readonly TimeSpan DrainLimit = TimeSpan.FromSeconds(10);
    private readonly IReadOnlyList<IOutboxAckObserver> _observers = [.. observers];
    private readonly SemaphoreSlim _bulkConcurrency = new(options.Value.MaxConcurrentChats);
    private readonly CancellationTokenSource _draining = new();
    private int _inFlight;
    private int _unsettled;

    private readonly Dictionary<Platform, IMessageSender> _senders = senders.ToDictionary(s => s.Platform);
    private readonly ConcurrentDictionary<string, ChatLane> _lanes = new();
    private readonly ConcurrentDictionary<long, byte> _tracked = new();
    private readonly ConcurrentQueue<OutboxAck> _acks = new();
    private readonly SemaphoreSlim _ackSignal = new(0);
    private readonly SemaphoreSlim _concurrency = new(options.Value.MaxConcurrentChats);
    private readonly HashSet<Platform> _warnedNoSender = [];

    // Our own token: lanes start before ExecuteAsync has run, and must still stop at shutdown.
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>Rows not yet sent or being sent.</summary>
    public int Backlog => _tracked.Count;

    public void Publish(IReadOnlyList<OutboxRow> rows)
    {
        foreach (var row in rows)
        {
            if (!_tracked.TryAdd(row.Id, 0))
            {
                continue;
            }

            if (!_senders.ContainsKey(row.Platform))
            {
                WarnNoSender(row.Platform);
                continue;
            }

            var lane = _lanes.GetOrAdd(row.Chat.Key, _ => new ChatLane());
            if (lane.Add(row))
            {
                StartLane(lane);
            }
        }
    }

    /// <summary>Completes when nothing is queued or in flight for the chat (the local chat waits on this).</summary>
    public async Task WaitUntilIdleAsync(ChatRef chat, CancellationToken cancellationToken)
    {
        while (_lanes.TryGetValue(chat.Key, out var lane) && !lane.IsIdle)
        {
            await Task.Delay(10, cancellationToken).ConfigureAwait(false);
        }
    }

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Load what an earlier run left unsent before the writer starts, so a chat's old rows go first.
        var pending = database.Outbox.Find(r => r.Status == OutboxStatus.Pending).OrderBy(r => r.Id).ToList();
        if (pending.Count > 0)
        {
            LogResuming(pending.Count);
        }

        var started = base.StartAsync(cancellationToken);
        Publish(pending);
        return started;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    public override void Dispose()
    {
        _stopping.Dispose();
        _draining.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await _ackSignal.WaitAsync(stoppingToken).ConfigureAwait(false);
                var acks = new List<OutboxAck>();
                while (acks.Count < 1000 && _acks.TryDequeue(out var ack))
                {
                    acks.Add(ack);
                }

                while (_ackSignal.CurrentCount > 0 && _ackSignal.Wait(0))
                {
                }

                if (acks.Count > 0)
                {
                    await pipeline.EnqueueAsync(new OutboxAckJob(acks, _observers, Forget), stoppingToken).ConfigureAwait(false);
                }

                if (!_acks.IsEmpty)
                {
                    _ackSignal.Release();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    // On the thread pool: Publish runs on the writer thread, which must not run any sender code.
    private void StartLane(ChatLane lane) =>
        ThreadPool.UnsafeQueueUserWorkItem(static state => _ = state.Dispatcher.RunLaneAsync(state.Lane), (Dispatcher: this, Lane: lane), preferLocal: false);

    private async Task RunLaneAsync(ChatLane lane)
    {
        var stopping = _stopping.Token;
        try
        {
            while (!_draining.IsCancellationRequested && lane.TryPeek(out var row))
            {
                var slots = row.Bulk ? _bulkConcurrency : _concurrency;
                await slots.WaitAsync(stopping).ConfigureAwait(false);
                try
                {
                    // The head may have been discarded while this lane waited for a slot.
                    if (_draining.IsCancellationRequested || !lane.TryBegin(out var head))
                    {
                        break;
                    }

                    // Counted until its result is queued for the writer, which the orderly stop waits for.
                    Interlocked.Increment(ref _inFlight);
                    try
                    {
                        await SendUntilSettledAsync(head, stopping).ConfigureAwait(false);
                    }
                    finally
                    {
                        Interlocked.Decrement(ref _inFlight);
                    }

                    lane.Remove(head.Id);
                }
                finally
                {
                    slots.Release();
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested || _draining.IsCancellationRequested)
        {
            // Unsent rows stay pending in the database and go out after the restart.
        }
        catch (Exception ex)
        {
            // Drop the head row from memory (it stays pending in the database) so the lane cannot spin on it.
            LogLaneFailed(ex);
            if (lane.TryPeek(out var head))
            {
                lane.Remove(head.Id);
            }
        }
        finally
        {
            if (lane.EndRun(stopping.IsCancellationRequested || _draining.IsCancellationRequested))
            {
                StartLane(lane);
            }
        }
    }

    private async Task SendUntilSettledAsync(OutboxRow row, CancellationToken stopping)
    {
        var sender = _senders[row.Platform];
        OutgoingEnvelope envelope;
        try
        {
            envelope = new OutgoingEnvelope(row.Id, row.Chat, OutboxPayload.Deserialize(row.Payload), row.Bulk);
        }
        catch (System.Text.Json.JsonException ex)
        {
            Acknowledge(row, SendOutcome.Failed("unreadable payload: " + ex.Message), row.Attempts + 1);
            return;
        }

        var attempts = row.Attempts;
        var max = options.Value.MaxAttempts;
        while (true)
        {
            SendOutcome outcome;
            try
            {
                outcome = await sender.SendAsync(envelope, stopping).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stopping.IsCancellationRequested)
            {
                outcome = SendOutcome.Transient(ex.GetType().Name);
            }

            switch (outcome.Status)
            {
                case SendStatus.RetryLater:
                    await PauseAsync(outcome.RetryAfter ?? TimeSpan.FromSeconds(1), stopping).ConfigureAwait(false);
                    continue;
                case SendStatus.Transient when attempts + 1 < max:
                    attempts++;
                    LogRetrying(row.Id, row.Chat.ToString(), attempts, outcome.Error);
                    await PauseAsync(Backoff(attempts), stopping).ConfigureAwait(false);
                    continue;
                case SendStatus.Sent:
                    break;
                default:
                    LogGaveUp(row.Id, row.Chat.ToString(), outcome.Status, outcome.Error);
                    if (outcome.Status != SendStatus.Blocked)
                    {
                        metrics.Error();
                    }

                    break;
            }

            Acknowledge(row, outcome, attempts + 1);
            return;
        }
    }

    // A wait between tries ends at shutdown too: the row stays pending and is tried again after the restart.
    private async Task PauseAsync(TimeSpan delay, CancellationToken stopping)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stopping, _draining.Token);
        await Task.Delay(delay, clock, linked.Token).ConfigureAwait(false);
    }

    private void Acknowledge(OutboxRow row, SendOutcome outcome, int attempts)
    {
        Interlocked.Increment(ref _unsettled);
        _acks.Enqueue(new OutboxAck(row, outcome, attempts));
        _ackSignal.Release();
    }

    private TimeSpan Backoff(int attempt)
    {
        var seconds = Math.Min(options.Value.MaxBackoffSeconds, Math.Pow(2, Math.Min(attempt, 20)) / 2);
        return TimeSpan.FromSeconds(seconds * (0.8 + (Random.Shared.NextDouble() * 0.4)));
    }

    private void Forget(IReadOnlyList<OutboxAck> acks)
    {
        foreach (var ack in acks)
        {
            _tracked.TryRemove(ack.Row.Id, out _);
        }

        Interlocked.Add(ref _unsettled, -acks.Count);
    }

    private void WarnNoSender(Platform platform)
    {
        lock (_warnedNoSender)
        {
            if (_warnedNoSender.Add(platform))
            {
                LogNoSender(platform);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Resuming {Count} unsent outbox messages from before the restart")]
    private partial void LogResuming(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox row {RowId} to {Chat}: attempt {Attempt} failed ({Error}); retrying")]
    private partial void LogRetrying(long rowId, string chat, int attempt, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox row {RowId} to {Chat} not delivered: {Status} ({Error})")]
    private partial void LogGaveUp(long rowId, string chat, SendStatus status, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No sender is configured for {Platform}; its messages stay in the outbox until it is")]
    private partial void LogNoSender(Platform platform);

    [LoggerMessage(Level = LogLevel.Error, Message = "An outbox lane stopped unexpectedly")]
    private partial void LogLaneFailed(Exception exception);
}
