using System.Globalization;
using Bot.Core.Broadcast;
using Bot.Core.Localization;
using Bot.Host.Tests.Fakes;
using Bot.Host.Tests.Support;
using LiteDB;

namespace Bot.Host.Tests.Broadcast;

/// <summary>
/// A broadcast to 2,000 sellers through the real host and Telegram.Bot client, against the fake Bot API server
/// enforcing Telegram's limits (30 messages/s overall, 1 per chat per second), with time scaled ten times: the
/// fake allows 300/s and 10 per chat per second, and the bot is told the same limits.
/// </summary>
public sealed class TelegramBroadcastTests : IAsyncLifetime
{
    private const int Scale = 10;
    private const int Sellers = 2_000;
    private const long FirstSeller = 710_000_000;
    private const long Admin = 700_000_001;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);
    private static readonly Localizer T = new TextCatalog().For(Languages.Indonesian);
    private readonly TempFolder _temp = new();
    private FakeBotApiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeBotApiServer.StartAsync(TestTokens.Telegram);

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task TwoThousandSellers_WithinTheRateLimits_ARestartHalfwaySendsNobodyTwice_AndBlockersAreSkippedNextTime()
    {
        var sellers = Enumerable.Range(0, Sellers).Select(i => FirstSeller + i).ToList();
        var blockers = sellers.Where((_, i) => i % 40 == 7).ToList();
        TelegramBroadcastAdmin.SeedSellers(_temp.File("bot.db"), sellers);
        foreach (var chat in blockers)
        {
            _server.BlockChat(chat);
        }

        _server.EnforceRateLimits(globalPerSecond: 30 * Scale, perChatPerSecond: 1 * Scale);
        var admin = new TelegramBroadcastAdmin(_server, Admin);
        const string first = "Pelatihan ekspor gelombang 2 dibuka. Daftar lewat /daftar.";

        var bot = await StartBotAsync();
        try
        {
            admin.PressSend(await admin.ComposeAsync(first, Wait));
            await WaitUntilAsync(() => admin.Deliveries(first).Count >= Sellers / 2, "half of the sellers reached");
        }
        finally
        {
            await bot.DisposeAsync();
        }

        await using (await StartBotAsync())
        {
            // A seller writing in the middle of the broadcast is answered before the broadcast is through.
            var writer = sellers[1];
            _server.EnqueueText(writer, writer, "/start");
            var welcome = (await _server.WaitForCallsAsync("sendMessage", 1, Wait, c => c.ChatId == writer && c.Text?.Contains("Selamat datang", StringComparison.Ordinal) == true))[0];
            var report = await admin.NextAsync(T.Format("broadcast.finished", 1, 0, 0, 0, 0, 0, 0).Split('\n')[0], Wait);
            var lastBroadcast = _server.CallsTo("sendMessage").Where(c => c.Text?.EndsWith(first, StringComparison.Ordinal) == true).Max(c => c.At);
            Assert.True(welcome.At < lastBroadcast, "the reply waited for the whole broadcast");
            Assert.Equal(T.Format("broadcast.finished", 1, Sellers, Sellers - blockers.Count, 0, blockers.Count, 0, 0), report.Text);
        }

        Assert.Equal(0, _server.TooManyRequestsCount);
        var delivered = admin.Deliveries(first);
        Assert.Equal(sellers.Except(blockers).Order(), delivered.Keys.Order());
        Assert.All(delivered, d => Assert.True(d.Value == 1, $"chat {d.Key} got the broadcast {d.Value} times"));
        using (var db = OpenDatabase())
        {
            var marked = db.GetCollection(BlockedChats.CollectionName).FindAll().Select(b => long.Parse(b["ChatId"].AsString, CultureInfo.InvariantCulture));
            Assert.Equal(blockers.Order(), marked.Order());
        }

        const string second = "Kurasi produk bulan ini dibuka.";
        await using (await StartBotAsync())
        {
            var preview = await admin.ComposeAsync(second, Wait);
            Assert.Contains(T.Format("broadcast.preview", 2, T["broadcast.audience.sellers"], Sellers - blockers.Count, blockers.Count), preview.Text);
            admin.PressSend(preview);
            var report = await admin.NextAsync(T.Format("broadcast.finished", 2, 0, 0, 0, 0, 0, 0).Split('\n')[0], Wait);
            Assert.Equal(T.Format("broadcast.finished", 2, Sellers - blockers.Count, Sellers - blockers.Count, 0, 0, 0, blockers.Count), report.Text);
        }

        Assert.Equal(0, _server.TooManyRequestsCount);
        Assert.DoesNotContain(_server.CallsTo("sendMessage"), c => c.Text?.EndsWith(second, StringComparison.Ordinal) == true && blockers.Contains(c.ChatId!.Value));
    }

    private Task<RunningBot> StartBotAsync() => RunningBot.StartAsync(_server.BaseUrl, _temp.File("bot.db"), new Dictionary<string, string?>
    {
        ["Roles:Admins:0"] = $"Telegram:{Admin}",
        ["Telegram:MessagesPerSecond"] = (30 * Scale).ToString(CultureInfo.InvariantCulture),
        ["Telegram:MessagesPerChatPerSecond"] = (1 * Scale).ToString(CultureInfo.InvariantCulture),
        ["Broadcast:MaxInFlight"] = (30 * Scale).ToString(CultureInfo.InvariantCulture),
        ["Logging:LogLevel:Default"] = "Information",
    });

    private LiteDatabase OpenDatabase() => new($"Filename={_temp.File("bot.db")};Connection=direct");

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
