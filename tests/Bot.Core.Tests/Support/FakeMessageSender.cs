using Bot.Core.Messaging;

namespace Bot.Core.Tests.Support;

/// <summary>
/// The Platform.Local sender: records every attempt and every delivered envelope in order, and can be
/// told to answer with a failure (Transient, Blocked, RetryLater…) until told to recover.
/// </summary>
public sealed class FakeMessageSender : IMessageSender
{
    private readonly Lock _gate = new();
    private readonly List<OutgoingEnvelope> _delivered = [];
    private readonly List<SendAttempt> _attempts = [];
    private readonly Queue<SendOutcome> _script = new();
    private readonly HashSet<string> _blockedChats = [];
    private readonly Dictionary<string, TaskCompletionSource> _heldChats = [];
    private SendOutcome? _failure;
    private int _nextMessageId;

    public Platform Platform => Platform.Local;

    /// <summary>When true, every send first waits a random 0–2 ms so that chat lanes interleave.</summary>
    public bool Jitter { get; set; }

    /// <summary>False while the sender holds messages back (Transient or RetryLater): rows then stay pending.</summary>
    public bool Settles
    {
        get
        {
            lock (_gate)
            {
                return _script.Count == 0 && _failure is null or { Status: SendStatus.Blocked or SendStatus.Failed };
            }
        }
    }

    /// <summary>A chat whose sends always succeed, outside any script or failure (an admin watching a failing broadcast).</summary>
    public string? Spared { get; set; }

    public IReadOnlyList<OutgoingEnvelope> Delivered
    {
        get
        {
            lock (_gate)
            {
                return [.. _delivered];
            }
        }
    }

    public IReadOnlyList<SendAttempt> Attempts
    {
        get
        {
            lock (_gate)
            {
                return [.. _attempts];
            }
        }
    }

    public IReadOnlyList<OutgoingEnvelope> DeliveredTo(string chatId) => [.. Delivered.Where(e => e.Chat.ChatId == chatId)];

    /// <summary>Every later send answers with this outcome until <see cref="Recover"/>.</summary>
    public void FailWith(SendOutcome outcome)
    {
        lock (_gate)
        {
            _failure = outcome;
        }
    }

    /// <summary>The next sends answer with these outcomes, one each, before the normal behaviour resumes.</summary>
    public void Script(params SendOutcome[] outcomes)
    {
        lock (_gate)
        {
            foreach (var outcome in outcomes)
            {
                _script.Enqueue(outcome);
            }
        }
    }

    /// <summary>Sends to the chat answer Blocked (its user blocked the bot) until <see cref="Unblock"/>.</summary>
    public void Block(string chatId)
    {
        lock (_gate)
        {
            _blockedChats.Add(chatId);
        }
    }

    public void Unblock(string chatId)
    {
        lock (_gate)
        {
            _blockedChats.Remove(chatId);
        }
    }

    /// <summary>Sends to the chat wait, unsent, until <see cref="ReleaseChat"/>: a message still on its way.</summary>
    public void HoldChat(string chatId)
    {
        lock (_gate)
        {
            _heldChats[chatId] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>Chats whose sends are held (see <see cref="HoldChat"/>).</summary>
    public IReadOnlyCollection<string> HeldChats
    {
        get
        {
            lock (_gate)
            {
                return [.. _heldChats.Keys];
            }
        }
    }

    public void ReleaseChat(string chatId)
    {
        TaskCompletionSource? held;
        lock (_gate)
        {
            _heldChats.Remove(chatId, out held);
        }

        held?.TrySetResult();
    }

    public void Recover()
    {
        lock (_gate)
        {
            _failure = null;
            _script.Clear();
        }
    }

    public async Task<SendOutcome> SendAsync(OutgoingEnvelope envelope, CancellationToken cancellationToken)
    {
        if (Jitter)
        {
            await Task.Delay(Random.Shared.Next(0, 3), cancellationToken);
        }

        Task? held;
        lock (_gate)
        {
            held = _heldChats.GetValueOrDefault(envelope.Chat.ChatId)?.Task;
        }

        if (held is not null)
        {
            await held.WaitAsync(cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var outcome = _blockedChats.Contains(envelope.Chat.ChatId) ? SendOutcome.Blocked("403 blocked by the user")
                : envelope.Chat.ChatId == Spared ? SendOutcome.Sent($"m{++_nextMessageId}")
                : _script.Count > 0 ? _script.Dequeue() : _failure ?? SendOutcome.Sent($"m{++_nextMessageId}");
            _attempts.Add(new SendAttempt(envelope, outcome.Status, cancellationToken));
            if (outcome.Status == SendStatus.Sent)
            {
                _delivered.Add(envelope);
            }

            return outcome;
        }
    }
}
