namespace Bot.Host.Discord.Models;

/// <summary>A server member. In MESSAGE_CREATE it comes without <see cref="User"/> (that is the message's author).</summary>
public sealed record DiscordMember(DiscordUser? User, IReadOnlyList<string>? Roles, string? Nick = null, string? Permissions = null)
{
    public bool HasRole(string roleId) => Roles?.Contains(roleId, StringComparer.Ordinal) == true;
}
