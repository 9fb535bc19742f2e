namespace Bot.Host.Tests.Discord;

/// <summary>The fake's route templates the workspace tests look at.</summary>
internal static class DiscordRoutes
{
    public const string ChannelMessages = "/channels/{channel_id}/messages";
    public const string ChannelMessage = "/channels/{channel_id}/messages/{message_id}";
    public const string Original = "/webhooks/{application_id}/{interaction_token}/messages/@original";
    public const string Followup = "/webhooks/{application_id}/{interaction_token}";
}
