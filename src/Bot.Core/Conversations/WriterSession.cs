using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Outbox;
using Bot.Core.Storage;

namespace Bot.Core.Conversations;

/// <summary>
/// What one batch transaction holds: the conversations it touched and the outbox rows it adds.
/// Lives on the writer thread only.
/// </summary>
public sealed class WriterSession
{
    private readonly Dictionary<string, Conversation> _conversations = [];
    private readonly List<OutboxRow> _newRows = [];
    private readonly List<Action> _afterCommit = [];

    private readonly ConversationCache _cache;

    internal WriterSession(BotDatabase database, TextCatalog texts, DateTime nowUtc, ConversationCache cache)
    {
        _cache = cache;
        Database = database;
        Texts = texts;
        NowUtc = nowUtc;
    }

    public BotDatabase Database { get; }

    public TextCatalog Texts { get; }

    /// <summary>One time for the whole batch, so every step in it agrees on "now".</summary>
    public DateTime NowUtc { get; }

    internal IReadOnlyList<OutboxRow> NewRows => _newRows;

    internal IReadOnlyCollection<Conversation> Conversations => _conversations.Values;

    internal IReadOnlyList<Action> AfterCommitActions => _afterCommit;

    /// <summary>The chat's conversation, loaded once per batch; a new one if the chat has never written.</summary>
    public Conversation Conversation(ChatRef chat)
    {
        if (_conversations.TryGetValue(chat.Key, out var known))
        {
            return known;
        }

        var conversation = _cache.CopyOf(chat.Key) ?? Database.Conversations.FindById(chat.Key) ?? new Conversation
        {
            Id = chat.Key,
            Platform = chat.Platform,
            ChatId = chat.ChatId,
            CreatedUtc = NowUtc,
        };
        _conversations[chat.Key] = conversation;
        return conversation;
    }

    public Localizer TextsFor(Conversation conversation) => Texts.For(conversation.Language);

    /// <summary>Queues a message; it is sent only if this batch commits.</summary>
    /// <param name="tag">Lets an <see cref="IOutboxAckObserver"/> recognise the row's acknowledgement.</param>
    /// <param name="bulk">One of many (a broadcast): replies to people waiting go first.</param>
    public void Send(ChatRef chat, OutboundMessage message, string? tag = null, bool bulk = false) =>
        _newRows.Add(new OutboxRow
        {
            Platform = chat.Platform,
            ChatId = chat.ChatId,
            Payload = OutboxPayload.Serialize(message),
            Status = OutboxStatus.Pending,
            CreatedUtc = NowUtc,
            Tag = tag,
            Bulk = bulk,
        });

    /// <summary>Runs after the commit, e.g. to update an in-memory index; never when the batch is rolled back.</summary>
    public void AfterCommit(Action action) => _afterCommit.Add(action);

    internal void Flush()
    {
        foreach (var conversation in _conversations.Values)
        {
            Database.Conversations.Upsert(conversation);
        }

        if (_newRows.Count > 0)
        {
            Database.Outbox.InsertBulk(_newRows);
        }
    }
}
