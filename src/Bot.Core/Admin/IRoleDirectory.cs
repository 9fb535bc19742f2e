using Bot.Core.Messaging;

namespace Bot.Core.Admin;

public interface IRoleDirectory
{
    /// <summary>The highest role the user holds; admins may do everything curators may.</summary>
    Role RoleOf(Platform platform, string userId);

    /// <summary>True for users the bot must not serve; a ban outranks any role.</summary>
    bool IsBanned(Platform platform, string userId);
}
