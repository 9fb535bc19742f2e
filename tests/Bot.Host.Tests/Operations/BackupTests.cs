using System.Globalization;
using Bot.Host.Hosting;
using Bot.Host.Tests.Fakes;
using Bot.Host.Tests.Support;
using LiteDB;

namespace Bot.Host.Tests.Operations;

/// <summary>`backup &lt;file&gt;`: a copy that opens as a working database, taken while the bot writes or while it is stopped.</summary>
public sealed class BackupTests : IAsyncLifetime
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
    public async Task BackupWhileTheBotWrites_OpensAsAWorkingDatabase()
    {
        await using var bot = await RunningBot.StartAsync(_server.BaseUrl, _temp.File("bot.db"), new Dictionary<string, string?> { ["Health:Port"] = Port });
        using var writing = new CancellationTokenSource();
        var chats = 0;
        var writer = Task.Run(async () =>
        {
            while (!writing.IsCancellationRequested && chats < 2000)
            {
                _server.EnqueueText(7000 + chats, 7000 + chats, "/start");
                chats++;
                await Task.Delay(2);
            }
        });
        await _server.WaitForCallsAsync("sendMessage", 20, TimeSpan.FromSeconds(20));

        var exit = await BotApp.RunAsync(["backup", _temp.File("copy.db"), "--Storage:DatabasePath=" + _temp.File("bot.db"), "--Health:Port=" + Port]);
        await writing.CancelAsync();
        await writer;

        Assert.Equal(0, exit);
        Assert.False(File.Exists(_temp.File("copy.db.partial")));
        using var copy = new LiteDatabase(new ConnectionString { Filename = _temp.File("copy.db"), Connection = ConnectionType.Direct });
        var conversations = copy.GetCollection("conversations");
        Assert.InRange(conversations.Count(), 20, 2000);
        foreach (var name in copy.GetCollectionNames())
        {
            Assert.All(copy.GetCollection(name).FindAll(), doc => Assert.False(doc["_id"].IsNull));
        }

        conversations.Insert(new BsonDocument { ["_id"] = "restored:1", ["Language"] = "id" });
        Assert.NotNull(conversations.FindById("restored:1"));
    }

    [Fact]
    public async Task BackupOfAStoppedBot_CopiesTheFileDirectly()
    {
        await using (var bot = await RunningBot.StartAsync(_server.BaseUrl, _temp.File("bot.db")))
        {
            _server.EnqueueText(7001, 7001, "/start");
            await _server.WaitForCallsAsync("sendMessage", 1, TimeSpan.FromSeconds(20));
        }

        var exit = await BotApp.RunAsync(["backup", _temp.File("offline.db"), "--Storage:DatabasePath=" + _temp.File("bot.db")]);

        Assert.Equal(0, exit);
        using var copy = new LiteDatabase(new ConnectionString { Filename = _temp.File("offline.db"), ReadOnly = true });
        Assert.Equal(1, copy.GetCollection("conversations").Count());
    }

    [Fact]
    public async Task BackupOfARunningBotWithoutAHealthPort_IsRefusedWithAReason()
    {
        await using var bot = await RunningBot.StartAsync(_server.BaseUrl, _temp.File("bot.db"));

        var exit = await BotApp.RunAsync(["backup", _temp.File("nope.db"), "--Storage:DatabasePath=" + _temp.File("bot.db")]);

        Assert.Equal(1, exit);
        Assert.False(File.Exists(_temp.File("nope.db")));
    }

    private string Port => _port.ToString(CultureInfo.InvariantCulture);
}
