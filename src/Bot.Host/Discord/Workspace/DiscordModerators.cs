using System.Collections.Concurrent;
using System.Collections.Frozen;
using Bot.Host.Discord.Models;
using Microsoft.Extensions.Options;

namespace Bot.Host.Discord.Workspace;

/// <summary>
/// Who holds a moderator role (Discord:ModeratorRoleIds), read from the member's roles that come with every
/// interaction; the latest answer per member is kept so the pipeline's role check agrees with the adapter's.
/// </summary>
internal sealed class DiscordModerators(IOptions<DiscordOptions> options)
{
    private readonly FrozenSet<string> _roles = options.Value.ModeratorRoleIds.Select(r => r.Trim()).ToFrozenSet(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _known = new(StringComparer.Ordinal);

    public bool Check(string userId, DiscordMember? member)
    {
        var moderator = member?.Roles?.Any(_roles.Contains) == true;
        _known[userId] = moderator;
        return moderator;
    }

    public bool IsKnownModerator(string userId) => _known.TryGetValue(userId, out var moderator) && moderator;
}
