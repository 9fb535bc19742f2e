using Bot.Core.Messaging;

namespace Bot.Core.Broadcast;

/// <summary>A chat whose user blocked the bot (the platform said 403). Id is the chat key, "platform:chat id".</summary>
public sealed class BlockedChat
{
    public string Id { get; set; } = string.Empty;

    public Platform Platform { get; set; }

    public string ChatId { get; set; } = string.Empty;

    public DateTime SinceUtc { get; set; }
}
