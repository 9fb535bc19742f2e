namespace Bot.Host.LocalChat;

public sealed class LocalChatOptions
{
    public const string Section = "LocalChat";

    /// <summary>Makes the local user an admin (same as the --admin switch).</summary>
    public bool Admin { get; set; }

    public string UserId { get; set; } = "local-user";

    public string ChatId { get; set; } = "local";

    /// <summary>The language the local user's "app" reports on first contact ("id" or "en").</summary>
    public string Language { get; set; } = "id";
}
