using Bot.Core.Admin;
using Bot.Core.Messaging;

namespace Bot.Host.Discord.Workspace;

/// <summary>
/// Discord members whose latest interaction showed a moderator role act as admins; everyone else (and every other
/// platform) gets the role the settings give them.
/// </summary>
internal sealed class DiscordRoleDirectory(SettingsRoleDirectory settings, DiscordModerators moderators) : IRoleDirectory
{
    public Role RoleOf(Platform platform, string userId) =>
        platform == Platform.Discord && moderators.IsKnownModerator(userId) ? Role.Admin : settings.RoleOf(platform, userId);

    public bool IsBanned(Platform platform, string userId) => settings.IsBanned(platform, userId);
}
