using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Outbox;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Outbox;

/// <summary>Replies are committed as outbox rows and sent in order per chat, surviving restarts.</summary>
public sealed class OutboxDispatcherTests
{
    private const string Chat = TestBot.Chat;
    private static readonly Localizer T = Texts.Id;

    [Fact]
    public async Task Reply_CommittedButNotSentBeforeACrash_IsSentOnceAfterTheRestartExactlyAsCommitted()
    {
        await using var bot = await TestBot.StartAsync();
        bot.Sender.FailWith(SendOutcome.Transient("network down"));
        Assert.Empty(await bot.SendTextAsync(Chat, "/profil"));
        var row = Assert.Single(Rows(bot));
        Assert.Equal(OutboxStatus.Pending, row.Status);
        Assert.NotEmpty(bot.Sender.Attempts);

        bot.Sender.Recover();
        await bot.RestartAsync(crash: true);
        await TestBot.WaitUntilAsync(() => bot.PendingRows(Chat) == 0, "the resumed row to be acknowledged");

        var sent = Assert.Single(bot.Sender.DeliveredTo(Chat));
        Assert.Equal(row.Id, sent.Id);
        Assert.Equal(row.Payload, OutboxPayload.Serialize(sent.Message));
        Assert.Contains(T["profile.owner.prompt"], sent.Message.Text);
        Assert.True(sent.Message.HasButton(T["form.button.cancel"]));
        Assert.Equal(OutboxStatus.Sent, Assert.Single(Rows(bot)).Status);
    }

    [Fact]
    public async Task Backlog_FromBeforeARestart_GoesOutBeforeNewerReplies()
    {
        await using var bot = await TestBot.StartAsync();
        bot.Sender.FailWith(SendOutcome.Transient("network down"));
        await bot.SendTextAsync(Chat, "/start");
        await bot.SendTextAsync(Chat, "/tanya");

        bot.Sender.Recover();
        await bot.RestartAsync(crash: true);
        await bot.SubmitAsync(bot.TextUpdate(Chat, "/statuskurasi"));
        await TestBot.WaitUntilAsync(() => bot.RepliesTo(Chat).Count == 3 && bot.PendingRows(Chat) == 0, "three replies");

        var texts = bot.RepliesTo(Chat).Select(m => m.Text).ToList();
        Assert.Equal([T.Format("welcome", " Siti"), T["faq.ask_prompt"], T["curation.status.none"]], texts);
    }

    [Fact]
    public async Task Replies_ToManyChatsAtOnce_ArriveInOrderWithinEachChat()
    {
        await using var bot = await TestBot.StartAsync();
        bot.Sender.Jitter = true;
        string[] commands = ["/start", "/tanya", "/statuskurasi", "/bahasa", "/batal"];
        var chats = Enumerable.Range(1, 8).Select(i => $"c{i}").ToList();

        await bot.SubmitTogetherAsync([.. commands.SelectMany(c => chats.Select(chat => bot.TextUpdate(chat, c)))]);

        string?[] expected = [T.Format("welcome", " Siti"), T["faq.ask_prompt"], T["curation.status.none"], T["language.ask"], T["form.nothing_to_cancel"]];
        foreach (var chat in chats)
        {
            var delivered = bot.Sender.DeliveredTo(chat);
            Assert.Equal(expected, delivered.Select(e => e.Message.Text));
            Assert.Equal(delivered.Select(e => e.Id).Order(), delivered.Select(e => e.Id));
        }
    }

    [Fact]
    public async Task Replies_SentBeforeACleanRestart_AreNotSentAgain()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.SendTextAsync(Chat, "/start");

        await bot.RestartAsync();
        await bot.SendTextAsync(Chat, "/tanya");

        Assert.Equal(2, bot.Sender.Attempts.Count);
        Assert.Equal(2, bot.RepliesTo(Chat).Count);
    }

    [Fact]
    public async Task Send_OfANewReply_GetsATokenThatShutdownCancels()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.SendTextAsync(Chat, "/start"); // acknowledged: the dispatcher's ExecuteAsync is surely running now
        await bot.SendTextAsync(Chat, "/tanya");
        var token = bot.Sender.Attempts[^1].Token;

        await bot.StopAsync();

        Assert.True(token.IsCancellationRequested);
    }

    // Bug: in .NET 10 BackgroundService runs ExecuteAsync on the thread pool, so StartAsync publishes the
    // resumed rows before ExecuteAsync has stored the stopping token: their lanes run with CancellationToken.None.
    [Fact]
    public async Task Send_OfARowResumedAtStart_GetsATokenThatShutdownCancels()
    {
        await using var bot = await TestBot.StartAsync();
        bot.Sender.FailWith(SendOutcome.Transient("network down"));
        await bot.SendTextAsync(Chat, "/start");

        await bot.StopAsync();
        var before = bot.Sender.Attempts.Count;
        using (ThreadPoolBlock.Start())
        {
            // Started while no pool thread is free: whatever StartAsync leaves to the pool cannot have run yet.
            await bot.StartAgainAsync();
        }

        var token = Assert.Single(bot.Sender.Attempts.Skip(before)).Token;
        await bot.StopAsync();

        Assert.True(token.IsCancellationRequested, "the resumed row's send and backoff must end at shutdown");
    }

    private static List<OutboxRow> Rows(TestBot bot) => [.. bot.Database.Outbox.Find(r => r.ChatId == Chat).OrderBy(r => r.Id)];
}
