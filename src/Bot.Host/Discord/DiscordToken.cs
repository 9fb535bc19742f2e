using System.Text.RegularExpressions;

namespace Bot.Host.Discord;

internal static partial class DiscordToken
{
    /// <summary>A bot token is three base64url parts joined by dots: the bot's id, a timestamp and a signature.</summary>
    public static bool LooksValid(string token) => Shape().IsMatch(token.Trim());

    public static bool HasBotPrefix(string token) => token.TrimStart().StartsWith("Bot ", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}$")]
    private static partial Regex Shape();
}
