namespace Bot.Host.Tests.Discord.Fakes;

/// <summary>A guild member who presses buttons, submits modals, runs slash commands or writes messages in tests.</summary>
public sealed record FakeMember(string UserId, string Username, IReadOnlyList<string> RoleIds)
{
    public static FakeMember Create(string userId, string username, params string[] roleIds) => new(userId, username, roleIds);
}
