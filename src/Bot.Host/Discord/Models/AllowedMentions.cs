namespace Bot.Host.Discord.Models;

/// <summary>Which mentions in the text actually ping someone.</summary>
public sealed record AllowedMentions
{
    /// <summary>"roles", "users", "everyone"; an empty list pings nobody.</summary>
    public IReadOnlyList<string>? Parse { get; init; }

    public IReadOnlyList<string>? Users { get; init; }

    public IReadOnlyList<string>? Roles { get; init; }

    /// <summary>For replies: whether the author of the referenced message is pinged.</summary>
    public bool? RepliedUser { get; init; }

    /// <summary>Pings nobody, whatever the text contains.</summary>
    public static AllowedMentions None { get; } = new() { Parse = [] };
}
