using Bot.Host.Telegram;
using Bot.Host.Tests.Fakes;
using Bot.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Host.Tests.Telegram;

/// <summary>The real host with the real Telegram.Bot client against a fake Bot API server on 127.0.0.1.</summary>
public sealed class TelegramHostTests : IAsyncLifetime
{
    private const long Chat = 5551001;
    private const long User = 5551001;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
    private readonly TempFolder _temp = new();
    private FakeBotApiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeBotApiServer.StartAsync(TestTokens.Telegram);

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task Start_IsAnsweredWithTheWelcomeAndTheMenuButtons()
    {
        await using var bot = await StartBotAsync();
        var updateId = _server.EnqueueText(Chat, User, "/start");

        var sent = (await _server.WaitForCallsAsync("sendMessage", 1, Wait))[0];

        Assert.Equal(Chat.ToString(System.Globalization.CultureInfo.InvariantCulture), sent.Parameters["chat_id"]!.ToString());
        Assert.Contains("Selamat datang", sent.Parameters["text"]!.GetValue<string>());
        var data = CallbackData(sent);
        Assert.Equal(["/daftar", "/tanya", "/kurasi", "/profil", "/bantuan"], data);
        await WaitUntilAsync(() => _server.ConfirmedOffset > updateId, "the update is acknowledged by the next offset");
    }

    [Fact]
    public async Task ButtonPress_IsAnsweredSoTheSpinnerStops_AndRunsItsCommand()
    {
        await using var bot = await StartBotAsync();
        _server.EnqueueCallback(Chat, User, "/bantuan", messageId: 77);

        var answer = (await _server.WaitForCallsAsync("answerCallbackQuery", 1, Wait))[0];
        var help = (await _server.WaitForCallsAsync("sendMessage", 1, Wait))[0];

        Assert.False(string.IsNullOrEmpty(answer.Parameters["callback_query_id"]?.ToString()));
        Assert.Contains("/profil", help.Parameters["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task TooManyRequests_IsRetriedOnlyAfterRetryAfter()
    {
        _server.FailNext("sendMessage", 429, retryAfterSeconds: 2);
        await using var bot = await StartBotAsync();
        _server.EnqueueText(Chat, User, "/start");

        await _server.WaitForCallsAsync("sendMessage", 1, Wait);

        var calls = _server.CallsTo("sendMessage");
        Assert.Equal(429, calls[0].StatusCode);
        var delivered = calls.First(c => c.Succeeded);
        Assert.True(delivered.At - calls[0].At >= TimeSpan.FromSeconds(1.9), $"retried after {(delivered.At - calls[0].At).TotalSeconds:0.00} s");
        Assert.Single(calls, c => c.Succeeded);
    }

    [Fact]
    public async Task ServerError_IsRetriedUntilTheMessageIsDelivered()
    {
        _server.FailNext("sendMessage", 500, times: 2);
        await using var bot = await StartBotAsync();
        _server.EnqueueText(Chat, User, "/start");

        await _server.WaitForCallsAsync("sendMessage", 1, Wait);

        var calls = _server.CallsTo("sendMessage");
        Assert.Equal([500, 500, 200], calls.Select(c => c.StatusCode));
    }

    [Fact]
    public async Task RejectedToken_StopsPollingWithAClearLogLine_AndNeverLogsTheToken()
    {
        _server.RejectAllTokens();
        await using var bot = await StartBotAsync();

        await WaitUntilAsync(() => bot.Get<TelegramStatus>().IsStopped, "polling stops");
        var callsAtStop = _server.Calls.Count;
        await Task.Delay(1500);

        Assert.Contains(bot.Logs.Lines, l => l.StartsWith("Critical", StringComparison.Ordinal) && l.Contains("rejected the bot token (401"));
        Assert.Equal(callsAtStop, _server.Calls.Count);
        Assert.DoesNotContain(TestTokens.Telegram, bot.Logs.All);
        Assert.DoesNotContain(TestTokens.Telegram.Split(':')[1], bot.Logs.All);
    }

    [Fact]
    public async Task AConversationWithErrorsAndRetries_NeverLogsTheToken()
    {
        _server.FailNext("sendMessage", 500);
        _server.FailNext("getUpdates", 502);
        await using var bot = await StartBotAsync();
        _server.EnqueueText(Chat, User, "/profil");
        await _server.WaitForCallsAsync("sendMessage", 1, Wait);
        _server.EnqueueText(Chat, User, "Siti");
        await _server.WaitForCallsAsync("sendMessage", 2, Wait);

        Assert.NotEmpty(bot.Logs.Lines);
        Assert.DoesNotContain(TestTokens.Telegram.Split(':')[1], bot.Logs.All);
    }

    [Fact]
    public async Task LongText_IsSplitAtLineBreaksUnderTheTelegramLimit()
    {
        await using var bot = await StartBotAsync();
        var sender = bot.Host.Services.GetServices<Bot.Core.Messaging.IMessageSender>().Single(s => s.Platform == Bot.Core.Messaging.Platform.Telegram);
        var text = string.Join('\n', Enumerable.Range(1, 400).Select(i => $"Baris {i:000}: informasi pelatihan ekspor untuk UMKM Kediri"));

        var outcome = await sender.SendAsync(
            new(1, new(Bot.Core.Messaging.Platform.Telegram, Chat.ToString(System.Globalization.CultureInfo.InvariantCulture)), new() { Text = text }),
            CancellationToken.None);

        Assert.Equal(Bot.Core.Messaging.SendStatus.Sent, outcome.Status);
        var parts = _server.CallsTo("sendMessage").Select(c => c.Parameters["text"]!.GetValue<string>()).ToList();
        Assert.True(parts.Count >= 4);
        Assert.All(parts, p => Assert.True(p.Length <= 4096));
        Assert.All(parts, p => Assert.EndsWith("UMKM Kediri", p));
        Assert.Equal(text, string.Join('\n', parts));
    }

    private Task<RunningBot> StartBotAsync() => RunningBot.StartAsync(_server.BaseUrl, _temp.File("bot.db"));

    private static List<string> CallbackData(RecordedCall call) =>
        [.. call.Parameters["reply_markup"]!["inline_keyboard"]!.AsArray()
            .SelectMany(row => row!.AsArray())
            .Select(b => b!["callback_data"]!.GetValue<string>())];

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("Timed out waiting until " + what);
            }

            await Task.Delay(20);
        }
    }
}
