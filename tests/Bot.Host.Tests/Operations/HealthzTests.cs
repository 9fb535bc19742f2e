using System.Net;
using System.Text.Json.Nodes;
using Bot.Core.Messaging;
using Bot.Core.Outbox;
using Bot.Host.Telegram;
using Bot.Host.Tests.Fakes;
using Bot.Host.Tests.Support;
using LiteDB;

namespace Bot.Host.Tests.Operations;

/// <summary>GET /healthz on 127.0.0.1: database, platforms and outbox, as JSON.</summary>
public sealed class HealthzTests : IAsyncLifetime
{
    private readonly TempFolder _temp = new();
    private readonly int _port = FreePort.Next();
    private FakeBotApiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeBotApiServer.StartAsync(TestTokens.Telegram);

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task HealthyBot_ReportsWritableDatabase_ConnectedTelegram_AndDiscordNotConfigured()
    {
        await using var bot = await StartBotAsync();
        await WaitUntilAsync(() => bot.Get<TelegramStatus>().State == "connected", "Telegram to connect");

        var (status, report) = await GetHealthAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("ok", report["status"]!.GetValue<string>());
        Assert.True(report["database"]!["writable"]!.GetValue<bool>());
        Assert.True(report["platforms"]!["telegram"]!["connected"]!.GetValue<bool>());
        Assert.Equal("not configured", report["platforms"]!["discord"]!["state"]!.GetValue<string>());
        Assert.False(report["platforms"]!["discord"]!["configured"]!.GetValue<bool>());
        Assert.Equal(0, report["outbox"]!["backlog"]!.GetValue<int>());
        Assert.Null(report["outbox"]!["oldestUnsentSeconds"]);
    }

    [Fact]
    public async Task RejectedToken_IsReportedAsAStoppedPlatform_WithTheOutboxBacklogAndItsAge()
    {
        SeedUnsentRow(DateTime.UtcNow.AddMinutes(-5));
        _server.RejectAllTokens();
        await using var bot = await StartBotAsync();
        await WaitUntilAsync(() => bot.Get<TelegramStatus>().IsStopped, "Telegram polling to stop on 401");

        var (status, report) = await GetHealthAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("degraded", report["status"]!.GetValue<string>());
        var telegram = report["platforms"]!["telegram"]!;
        Assert.False(telegram["connected"]!.GetValue<bool>());
        Assert.StartsWith("stopped", telegram["state"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(report["database"]!["writable"]!.GetValue<bool>());
        Assert.Equal(1, report["outbox"]!["backlog"]!.GetValue<int>());
        Assert.InRange(report["outbox"]!["oldestUnsentSeconds"]!.GetValue<double>(), 299, 3600);
    }

    [Fact]
    public async Task HealthPort_ListensOnLoopbackOnly_AndIsOffByDefault()
    {
        await using (var bot = await RunningBot.StartAsync(_server.BaseUrl, _temp.File("bot.db")))
        {
            await Assert.ThrowsAsync<HttpRequestException>(() => GetHealthAsync());
        }

        Assert.False(File.Exists(_temp.File("bot.db.control")));
    }

    /// <summary>A message for Discord, which has no sender here: it stays unsent, as a real backlog would.</summary>
    private void SeedUnsentRow(DateTime createdUtc)
    {
        using var db = new LiteDatabase(new ConnectionString { Filename = _temp.File("bot.db"), Connection = ConnectionType.Direct }, new BsonMapper { EnumAsInteger = false });
        db.GetCollection<OutboxRow>("outbox", BsonAutoId.Int64).Insert(new OutboxRow
        {
            Platform = Platform.Discord, ChatId = "42", Payload = """{"Text":"hi"}""", Status = OutboxStatus.Pending, CreatedUtc = createdUtc,
        });
    }

    private Task<RunningBot> StartBotAsync() =>
        RunningBot.StartAsync(_server.BaseUrl, _temp.File("bot.db"), new Dictionary<string, string?> { ["Health:Port"] = _port.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    private async Task<(HttpStatusCode Status, JsonObject Report)> GetHealthAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{_port}/healthz"));
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Gave up waiting for {what}.");
            await Task.Delay(20);
        }
    }
}
