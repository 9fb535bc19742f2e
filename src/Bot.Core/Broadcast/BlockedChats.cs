using Bot.Core.Conversations;
using Bot.Core.Messaging;
using Bot.Core.Outbox;
using Bot.Core.Storage;
using LiteDB;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Broadcast;

/// <summary>
/// Remembers chats whose user blocked the bot (any send answered 403), so broadcasts skip them; a message from
/// the chat means it is unblocked again. The set is kept in memory (every update is checked against it) and
/// touched only on the writer thread, after the change has committed.
/// </summary>
public sealed partial class BlockedChats(ILogger<BlockedChats> logger) : IUpdateObserver, IOutboxAckObserver
{
    public const string CollectionName = "blocked_chats";
    private HashSet<string>? _keys;

    public static ILiteCollection<BlockedChat> Collection(BotDatabase database) => database.Raw.GetCollection<BlockedChat>(CollectionName);

    public bool IsBlocked(WriterSession session, ChatRef chat) => Keys(session).Contains(chat.Key);

    public void Seen(UpdateContext context)
    {
        var chat = context.Update.Chat;
        if (!Keys(context.Session).Contains(chat.Key))
        {
            return;
        }

        Collection(context.Session.Database).Delete(chat.Key);
        context.Session.AfterCommit(() => _keys!.Remove(chat.Key));
        LogUnblocked(chat.ToString());
    }

    public void Acknowledged(WriterSession session, IReadOnlyList<OutboxAck> acks)
    {
        foreach (var ack in acks)
        {
            if (ack.Outcome.Status == SendStatus.Blocked && !Keys(session).Contains(ack.Row.Chat.Key))
            {
                Mark(session, ack.Row.Chat);
            }
        }
    }

    /// <summary>Forgets the chats (their user's erasure).</summary>
    public void Forget(WriterSession session, IEnumerable<ChatRef> chats)
    {
        foreach (var chat in chats)
        {
            if (Collection(session.Database).Delete(chat.Key))
            {
                session.AfterCommit(() => _keys!.Remove(chat.Key));
            }
        }
    }

    private void Mark(WriterSession session, ChatRef chat)
    {
        Collection(session.Database).Upsert(new BlockedChat { Id = chat.Key, Platform = chat.Platform, ChatId = chat.ChatId, SinceUtc = session.NowUtc });
        session.AfterCommit(() => _keys!.Add(chat.Key));
        LogBlocked(chat.ToString());
    }

    private HashSet<string> Keys(WriterSession session) =>
        _keys ??= [.. Collection(session.Database).FindAll().Select(b => b.Id)];

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat {Chat} has blocked the bot; broadcasts skip it until it writes again")]
    private partial void LogBlocked(string chat);

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat {Chat} wrote again after blocking the bot; broadcasts reach it again")]
    private partial void LogUnblocked(string chat);
}
