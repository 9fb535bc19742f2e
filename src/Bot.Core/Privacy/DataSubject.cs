using Bot.Core.Messaging;

namespace Bot.Core.Privacy;

/// <summary>The person whose data is exported or erased, with the chats they talk to the bot in.</summary>
public sealed record DataSubject(Platform Platform, string UserId, IReadOnlyList<string> ChatIds)
{
    /// <summary>"platform:user id", the key profiles and audit rows use.</summary>
    public string Key => $"{Platform}:{UserId}";
}
