namespace Bot.Host.Discord.Models;

/// <summary>The INTERACTION_CREATE payload. Answer within 3 s with the <see cref="Id"/> and <see cref="Token"/>; the token then lasts 15 min.</summary>
public sealed record DiscordInteraction(
    string Id,
    string ApplicationId,
    InteractionType Type,
    string Token,
    string? GuildId = null,
    string? ChannelId = null,
    DiscordMember? Member = null,
    DiscordUser? User = null,
    InteractionData? Data = null,
    DiscordMessage? Message = null,
    string? Locale = null)
{
    /// <summary>Who clicked or typed: the member's user in a server, the user in a DM.</summary>
    public DiscordUser? Invoker => Member?.User ?? User;

    public bool HasRole(string roleId) => Member?.HasRole(roleId) == true;

    /// <summary>Never print the token; this is safe to log.</summary>
    public override string ToString() => $"interaction {Id} ({Type}{(Data?.CustomId is { } id ? " " + id : Data?.Name is { } name ? " /" + name : string.Empty)})";
}
