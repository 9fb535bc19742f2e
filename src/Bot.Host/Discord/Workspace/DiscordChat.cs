namespace Bot.Host.Discord.Workspace;

/// <summary>
/// How Discord places are written as chat ids. A member's conversation in a channel is "channel/user" (so members
/// sharing a channel keep their own state, and a message to it mentions the member); a channel alone is "channel".
/// </summary>
internal static class DiscordChat
{
    public static string Member(string channelId, string userId) => channelId + "/" + userId;

    public static (string ChannelId, string? UserId) Parse(string chatId)
    {
        var slash = chatId.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? (chatId, null) : (chatId[..slash], chatId[(slash + 1)..]);
    }
}
