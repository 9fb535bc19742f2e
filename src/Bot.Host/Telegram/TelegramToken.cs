using System.Text.RegularExpressions;

namespace Bot.Host.Telegram;

internal static partial class TelegramToken
{
    public static bool LooksValid(string token) => Shape().IsMatch(token.Trim());

    [GeneratedRegex(@"^\d{5,15}:[A-Za-z0-9_-]{30,}$")]
    private static partial Regex Shape();
}
