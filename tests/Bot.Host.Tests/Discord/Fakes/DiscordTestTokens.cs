namespace Bot.Host.Tests.Discord.Fakes;

public static class DiscordTestTokens
{
    /// <summary>Shaped like a real bot token so settings validation accepts it; valid only at the fake server.</summary>
    public const string Bot = "MTQwMDAwMDAwMDAwMDAwMDAz.GfAkEs.fakeDiscordTokenForTestsOnly_abcdefgh";

    /// <summary>The signature part alone: must never appear in a log either.</summary>
    public static string Secret => Bot.Split('.')[2];
}
