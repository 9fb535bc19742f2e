namespace Bot.Core.Admin;

/// <summary>Who may run staff commands, as "platform:user id" entries (e.g. "Telegram:123456789", "Local:local-user").</summary>
public sealed class RoleOptions
{
    public const string Section = "Roles";

    public List<string> Admins { get; set; } = [];

    public List<string> Curators { get; set; } = [];
}
