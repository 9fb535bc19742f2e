using Bot.Host.Tests.Support;

namespace Bot.Host.Tests.Hosting;

/// <summary>Settings mistakes stop the bot at start with words an admin understands, not a stack trace.</summary>
public sealed class StartupValidationTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task MalformedToken_StopsWithAPlainExplanation()
    {
        using var bot = BotProcess.Start(new Dictionary<string, string>
        {
            ["Telegram__BotToken"] = "my-token-here",
            ["Storage__DatabasePath"] = _temp.File("bot.db"),
        });

        var exit = await bot.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(2, exit);
        Assert.Contains("Telegram:BotToken looks wrong", bot.StandardError);
        Assert.DoesNotContain("   at ", bot.StandardError);
        Assert.DoesNotContain("my-token-here", bot.StandardError + bot.StandardOutput);
    }

    [Fact]
    public async Task BadExpirySetting_NamesTheSettingAndTheAllowedRange()
    {
        using var bot = BotProcess.Start(new Dictionary<string, string>
        {
            ["Conversations__FormExpiry"] = "00:00:05",
            ["Storage__DatabasePath"] = _temp.File("bot.db"),
        }, standardInput: "/start\n");

        var exit = await bot.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(2, exit);
        Assert.Contains("Conversations:FormExpiry must be between", bot.StandardError);
    }

    public void Dispose() => _temp.Dispose();
}
