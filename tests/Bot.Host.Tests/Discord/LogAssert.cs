using Bot.Host.Tests.Discord.Fakes;
using Bot.Host.Tests.Support;

namespace Bot.Host.Tests.Discord;

internal static class LogAssert
{
    /// <summary>Neither the bot token nor any of <paramref name="otherSecrets"/> (interaction tokens) appears in any log line.</summary>
    public static void NoSecrets(CapturedLogs logs, params string[] otherSecrets)
    {
        Assert.NotEmpty(logs.Lines);
        var all = logs.All;
        Assert.DoesNotContain(DiscordTestTokens.Bot, all, StringComparison.Ordinal);
        Assert.DoesNotContain(DiscordTestTokens.Secret, all, StringComparison.Ordinal);
        foreach (var secret in otherSecrets)
        {
            Assert.DoesNotContain(secret, all, StringComparison.Ordinal);
        }
    }
}
