using System.Text.Json;
using Bot.Host.Tests.Support;

namespace Bot.Host.Tests.Cli;

/// <summary>`faq ask` as a process: exactly one JSON object per question on standard output, on a fresh database.</summary>
public sealed class FaqAskCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task OneQuestion_PrintsExactlyOneJsonObject_AndSeedsAFreshDatabase()
    {
        using var cli = BotProcess.Start(Environment(), null, "faq", "ask", "gmn cara ngurus nib?");

        Assert.Equal(0, await cli.WaitForExitAsync(TimeSpan.FromSeconds(60)));

        var line = Assert.Single(Lines(cli.StandardOutput));
        using var json = JsonDocument.Parse(line);
        Assert.Equal("nib-oss", json.RootElement.GetProperty("topic").GetString());
        Assert.True(json.RootElement.GetProperty("answered").GetBoolean());
        Assert.Equal("faq", json.RootElement.GetProperty("route").GetString());
        Assert.InRange(json.RootElement.GetProperty("confidence").GetDouble(), 0, 1);
        Assert.True(File.Exists(_temp.File("bot.db")));
    }

    [Fact]
    public async Task QuestionsOnStandardInput_GetOneJsonLineEach_InOrder()
    {
        using var cli = BotProcess.Start(Environment(), "mau daftar workshop ekspor\ncuaca besok hujan ga\nkirim sampel ke buyer luar negeri gimana\n", "faq", "ask");

        Assert.Equal(0, await cli.WaitForExitAsync(TimeSpan.FromSeconds(60)));

        var answers = Lines(cli.StandardOutput).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, answers.Count);
        Assert.Equal("training", answers[0].GetProperty("route").GetString());
        Assert.Equal("none", answers[1].GetProperty("route").GetString());
        Assert.False(answers[1].GetProperty("answered").GetBoolean());
        Assert.Equal(JsonValueKind.Null, answers[1].GetProperty("topic").ValueKind);
        Assert.Equal("sample-shipping", answers[2].GetProperty("topic").GetString());
    }

    public void Dispose() => _temp.Dispose();

    private static List<string> Lines(string output) => [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private Dictionary<string, string> Environment() => new() { ["Storage__DatabasePath"] = _temp.File("bot.db") };
}
