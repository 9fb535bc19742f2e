using System.Collections.Frozen;
using Bot.Core.Messaging;
using Microsoft.Extensions.Options;

namespace Bot.Core.Admin;

public sealed class SettingsRoleDirectory(IOptions<RoleOptions> options) : IRoleDirectory
{
    private readonly FrozenSet<string> _admins = Normalise(options.Value.Admins);
    private readonly FrozenSet<string> _curators = Normalise(options.Value.Curators);
    private readonly FrozenSet<string> _banned = Normalise(options.Value.Banned);

    public Role RoleOf(Platform platform, string userId)
    {
        var key = Key(platform, userId);
        return _admins.Contains(key) ? Role.Admin : _curators.Contains(key) ? Role.Curator : Role.Seller;
    }

    public bool IsBanned(Platform platform, string userId) => _banned.Contains(Key(platform, userId));

    private static string Key(Platform platform, string userId) => $"{platform}:{userId}".ToLowerInvariant();

    private static FrozenSet<string> Normalise(IEnumerable<string> entries) =>
        entries.Select(e => e.Trim().ToLowerInvariant()).Where(e => e.Length > 0).ToFrozenSet();
}
