using System.Globalization;
using Bot.Host.Tests.Fakes;
using Bot.Host.Tests.Support;
using LiteDB;

namespace Bot.Host.Tests.Hosting;

/// <summary>
/// The writer syncs LiteDB's log once per commit instead of once per page, so these check what that must not
/// break: the bot process is killed (SIGKILL) while many chats write at once, and the database file, opened
/// afterwards with plain LiteDB, holds every update Telegram was told it got, and each batch whole or not at all.
/// </summary>
public sealed class BatchDurabilityCrashTests : IAsyncLifetime
{
    private const long FirstChat = 8_800_000;
    private const int Chats = 200;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);
    private readonly TempFolder _temp = new();
    private readonly Dictionary<long, string> _chatByUpdate = [];
    private FakeBotApiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeBotApiServer.StartAsync(TestTokens.Telegram);

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task KilledRightAfterTheAcknowledgement_EveryAcknowledgedUpdateIsInTheFile()
    {
        var bot = StartBot();
        await _server.WaitForLongPollAsync(Wait);
        var last = EnqueueProfileStarts();

        // getUpdates with offset > last tells Telegram every update up to last was received: then kill at once.
        await WaitUntilAsync(() => _server.ConfirmedOffset > last);
        bot.Kill();

        var state = ReadDatabase();
        Assert.Equal(Chats, state.ProcessedChats.Count);
        Assert.All(AllChats(), chat => Assert.Equal("profil", state.FormOf[chat]));
        Assert.All(AllChats(), chat => Assert.Equal(1, state.RepliesTo.GetValueOrDefault(chat)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(40)]
    [InlineData(150)]
    public async Task KilledMidBatch_TheFileOpens_EachBatchIsWholeOrAbsent_AndARestartAppliesEachUpdateOnce(int killAfterMs)
    {
        var first = StartBot();
        await _server.WaitForLongPollAsync(Wait);
        var last = EnqueueProfileStarts();
        await Task.Delay(killAfterMs);
        first.Kill();
        var acknowledged = _server.ConfirmedOffset;

        var afterKill = ReadDatabase();
        Assert.All(afterKill.ProcessedChats, chat =>
        {
            Assert.Equal("profil", afterKill.FormOf.GetValueOrDefault(chat));
            Assert.Equal(1, afterKill.RepliesTo.GetValueOrDefault(chat));
        });
        Assert.All(AllChats().Except(afterKill.ProcessedChats), chat =>
        {
            Assert.False(afterKill.FormOf.ContainsKey(chat), $"chat {chat} has state but its update is not marked processed");
            Assert.Equal(0, afterKill.RepliesTo.GetValueOrDefault(chat));
        });
        Assert.All(_chatByUpdate.Keys.Where(id => id < acknowledged), id => Assert.Contains(id, afterKill.ProcessedUpdates));

        using var second = StartBot();
        await WaitUntilAsync(() => _server.ConfirmedOffset > last);
        second.Kill();

        var afterRestart = ReadDatabase();
        Assert.Equal(Chats, afterRestart.ProcessedChats.Count);
        Assert.All(AllChats(), chat => Assert.Equal(1, afterRestart.RepliesTo.GetValueOrDefault(chat)));
    }

    private static IEnumerable<string> AllChats() =>
        Enumerable.Range(0, Chats).Select(i => (FirstChat + i).ToString(CultureInfo.InvariantCulture));

    private long EnqueueProfileStarts()
    {
        long last = 0;
        for (var i = 0; i < Chats; i++)
        {
            last = _server.EnqueueText(FirstChat + i, FirstChat + i, "/profil");
            _chatByUpdate[last] = (FirstChat + i).ToString(CultureInfo.InvariantCulture);
        }

        return last;
    }

    private BotProcess StartBot() => BotProcess.Start(new Dictionary<string, string>
    {
        ["Telegram__BotToken"] = TestTokens.Telegram,
        ["Telegram__ApiBaseUrl"] = _server.BaseUrl,
        ["Telegram__PollTimeoutSeconds"] = "1",
        ["Storage__DatabasePath"] = _temp.File("bot.db"),
    });

    /// <summary>Opens the file as any LiteDB tool would (which replays its log), and reads what each chat has.</summary>
    private DatabaseState ReadDatabase()
    {
        using var db = new LiteDatabase($"Filename={_temp.File("bot.db")};Connection=direct");
        var updateIds = db.GetCollection("processed_batches").FindAll()
            .SelectMany(b => b["Keys"].AsArray.Select(k => k.AsString))
            .Select(k => long.Parse(k["Telegram:".Length..], CultureInfo.InvariantCulture))
            .ToList();
        Assert.Equal(updateIds.Count, updateIds.Distinct().Count());

        var chats = updateIds.Select(id => _chatByUpdate[id]).ToHashSet();
        var forms = db.GetCollection("conversations").FindAll()
            .ToDictionary(c => c["ChatId"].AsString, c => c["Form"].IsNull ? "" : c["Form"].AsString);
        var replies = db.GetCollection("outbox").FindAll()
            .GroupBy(r => r["ChatId"].AsString)
            .ToDictionary(g => g.Key, g => g.Count());
        return new DatabaseState(updateIds, chats, forms, replies);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The bot did not get there in time.");
            }

            await Task.Delay(5);
        }
    }

    private sealed record DatabaseState(
        List<long> ProcessedUpdates,
        HashSet<string> ProcessedChats,
        Dictionary<string, string> FormOf,
        Dictionary<string, int> RepliesTo);
}
