namespace Bot.Host.Discord.Models;

public sealed record DiscordUser(string Id, string Username, string? GlobalName = null, bool? Bot = null)
{
    public string DisplayName => GlobalName ?? Username;
}
