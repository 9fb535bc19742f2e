using Bot.Core.Admin;
using Bot.Core.Localization;
using Bot.Core.Messaging;

namespace Bot.Core.Conversations;

/// <summary>Everything a command or flow step sees while handling one update.</summary>
public sealed class UpdateContext(WriterSession session, InboundUpdate update, Conversation conversation, Role role)
{
    public WriterSession Session => session;

    public InboundUpdate Update => update;

    public Conversation Conversation => conversation;

    public Role Role => role;

    public bool IsAdmin => role == Role.Admin;

    public DateTime NowUtc => session.NowUtc;

    /// <summary>Texts in the conversation's current language (read again after /bahasa changes it).</summary>
    public Localizer T => session.TextsFor(conversation);

    public void Reply(OutboundMessage message) => session.Send(update.Chat, message.ReplyTo is null ? message with { ReplyTo = update.UpdateId } : message);

    public void Reply(string text) => Reply(OutboundMessage.Plain(text));

    public void ReplyKey(string key, params object?[] args) => Reply(T.Format(key, args));
}
