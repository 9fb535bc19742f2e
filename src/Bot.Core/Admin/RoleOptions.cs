namespace Bot.Core.Admin;

/// <summary>Who may run staff commands, as "platform:user id" entries (e.g. "Telegram:123456789", "Local:local-user").</summary>
public sealed class RoleOptions
{
    public const string Section = "Roles";

    public List<string> Admins { get; set; } = [];

    public List<string> Curators { get; set; } = [];

    /// <summary>Users the bot ignores after telling them once, politely, that it will not serve them.</summary>
    public List<string> Banned { get; set; } = [];
}
