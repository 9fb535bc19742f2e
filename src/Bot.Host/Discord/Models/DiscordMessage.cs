namespace Bot.Host.Discord.Models;

/// <summary>A message as Discord returns it from REST and sends it in MESSAGE_CREATE (the fields the bot reads).</summary>
public sealed record DiscordMessage(
    string Id,
    string ChannelId,
    string? GuildId = null,
    DiscordUser? Author = null,
    DiscordMember? Member = null,
    string? Content = null,
    IReadOnlyList<DiscordUser>? Mentions = null,
    IReadOnlyList<DiscordAttachment>? Attachments = null,
    string? WebhookId = null,
    MessageReference? MessageReference = null,
    MessageFlags? Flags = null)
{
    public bool IsEphemeral => Flags?.HasFlag(MessageFlags.Ephemeral) == true;

    public bool IsFromBotOrWebhook => Author?.Bot == true || WebhookId is not null;

    public bool MentionsUser(string userId) => Mentions?.Any(u => u.Id == userId) == true;
}
