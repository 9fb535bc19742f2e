namespace Bot.Host.Tests.Support;

public static class TestTokens
{
    /// <summary>Shaped like a real token so start-up validation accepts it; valid only at the fake server.</summary>
    public const string Telegram = "123456789:AAEfakeTokenForTestsOnly_abcdefghijklmn";
}
