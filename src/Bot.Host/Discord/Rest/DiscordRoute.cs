namespace Bot.Host.Discord.Rest;

/// <summary>
/// One REST call: the route <see cref="Template"/> (ids as {names}, the only form that is ever logged), the concrete
/// path, and the "major parameter" Discord keeps rate limits apart by.
/// </summary>
internal sealed record DiscordRoute(HttpMethod Method, string Template, string Path, string Major, bool IsInteraction = false)
{
    /// <summary>Discord maps "method + route" to its bucket hash.</summary>
    public string Key => Method.Method + " " + Template;

    public static DiscordRoute GatewayBot() => new(HttpMethod.Get, "/gateway/bot", "/gateway/bot", string.Empty);

    public static DiscordRoute CreateMessage(string channelId) =>
        new(HttpMethod.Post, "/channels/{channel_id}/messages", $"/channels/{E(channelId)}/messages", channelId);

    public static DiscordRoute EditMessage(string channelId, string messageId) =>
        new(HttpMethod.Patch, "/channels/{channel_id}/messages/{message_id}", $"/channels/{E(channelId)}/messages/{E(messageId)}", channelId);

    public static DiscordRoute InteractionCallback(string interactionId, string token) =>
        new(HttpMethod.Post, "/interactions/{interaction_id}/{interaction_token}/callback", $"/interactions/{E(interactionId)}/{E(token)}/callback", interactionId, IsInteraction: true);

    public static DiscordRoute EditOriginal(string applicationId, string token) =>
        new(HttpMethod.Patch, "/webhooks/{application_id}/{interaction_token}/messages/@original", $"/webhooks/{E(applicationId)}/{E(token)}/messages/@original", token, IsInteraction: true);

    public static DiscordRoute Followup(string applicationId, string token) =>
        new(HttpMethod.Post, "/webhooks/{application_id}/{interaction_token}", $"/webhooks/{E(applicationId)}/{E(token)}", token, IsInteraction: true);

    public static DiscordRoute GuildCommands(string applicationId, string guildId) =>
        new(HttpMethod.Put, "/applications/{application_id}/guilds/{guild_id}/commands", $"/applications/{E(applicationId)}/guilds/{E(guildId)}/commands", guildId);

    /// <summary>Safe to log: the template, never the path (interaction tokens sit in it).</summary>
    public override string ToString() => Key;

    private static string E(string segment) => Uri.EscapeDataString(segment);
}
