using Bot.Core.Messaging;
using Bot.Core.Outbox;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Outbox;

/// <summary>What the dispatcher does with each answer of a platform: blocked, refused, network errors, rate limits.</summary>
public sealed class OutboxFailureTests
{
    private const string Chat = TestBot.Chat;

    [Fact]
    public async Task Reply_ToAUserWhoBlockedTheBot_IsMarkedBlockedAndLaterRepliesStillGo()
    {
        await using var bot = await TestBot.StartAsync();
        bot.Sender.FailWith(SendOutcome.Blocked("Forbidden: bot was blocked by the user"));

        Assert.Empty(await bot.SendTextAsync(Chat, "/start"));

        var row = Assert.Single(Rows(bot));
        Assert.Equal(OutboxStatus.Blocked, row.Status);
        Assert.Equal(1, row.Attempts);
        Assert.Equal("Forbidden: bot was blocked by the user", row.LastError);
        Assert.NotNull(row.DoneUtc);

        bot.Sender.Recover();
        Assert.Single(await bot.SendTextAsync(Chat, "/bantuan"));
    }

    [Fact]
    public async Task Reply_RefusedForGood_IsMarkedFailedAfterOneAttempt()
    {
        await using var bot = await TestBot.StartAsync();
        bot.Sender.FailWith(SendOutcome.Failed("Bad Request: message is too long"));

        await bot.SendTextAsync(Chat, "/start");

        var row = Assert.Single(Rows(bot));
        Assert.Equal(OutboxStatus.Failed, row.Status);
        Assert.Equal(1, row.Attempts);
        Assert.Single(bot.Sender.Attempts);
    }

    [Fact]
    public async Task Reply_AfterTwoNetworkErrors_IsRetriedWithBackoffAndSent()
    {
        await using var bot = await TestBot.StartAsync(o => o.RunSweeper = false);
        bot.Sender.Script(SendOutcome.Transient("timeout"), SendOutcome.Transient("timeout"));

        await bot.CommitAsync(bot.TextUpdate(Chat, "/start"));
        await AdvanceUntilAsync(bot, () => bot.PendingRows(Chat) == 0);

        var row = Assert.Single(Rows(bot));
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.Equal(3, row.Attempts);
        Assert.Single(bot.Sender.DeliveredTo(Chat));
        Assert.Equal(3, bot.Sender.Attempts.Count);
    }

    [Fact]
    public async Task Reply_FailingEveryAttempt_IsGivenUpAfterMaxAttempts()
    {
        await using var bot = await GivingUpAfterThreeAsync();

        var row = Assert.Single(Rows(bot));
        Assert.Equal(OutboxStatus.Failed, row.Status);
        Assert.Equal("server error", row.LastError);
        Assert.Equal(3, bot.Sender.Attempts.Count);
        Assert.Empty(bot.Sender.Delivered);
    }

    // Bug: on giving up after Transient errors the counter was already incremented, and one more is added.
    [Fact]
    public async Task Reply_GivenUpAfterMaxAttempts_RecordsTheAttemptsMade()
    {
        await using var bot = await GivingUpAfterThreeAsync();

        Assert.Equal(bot.Sender.Attempts.Count, Assert.Single(Rows(bot)).Attempts);
    }

    [Fact]
    public async Task Reply_AfterARateLimit_WaitsAndIsSentWithoutCountingAnAttempt()
    {
        await using var bot = await TestBot.StartAsync(o => o.RunSweeper = false);
        bot.Sender.Script(SendOutcome.Wait(TimeSpan.FromSeconds(30)));

        await bot.CommitAsync(bot.TextUpdate(Chat, "/start"));
        Assert.Empty(bot.Sender.Delivered);
        await AdvanceUntilAsync(bot, () => bot.PendingRows(Chat) == 0);

        var row = Assert.Single(Rows(bot));
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.Equal(1, row.Attempts);
    }

    private static async Task<TestBot> GivingUpAfterThreeAsync()
    {
        var bot = await TestBot.StartAsync(o =>
        {
            o.RunSweeper = false;
            o.Settings["Outbox:MaxAttempts"] = "3";
        });
        try
        {
            bot.Sender.FailWith(SendOutcome.Transient("server error"));
            await bot.CommitAsync(bot.TextUpdate(Chat, "/start"));
            await AdvanceUntilAsync(bot, () => bot.PendingRows(Chat) == 0);
            return bot;
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }
    }

    private static List<OutboxRow> Rows(TestBot bot) => [.. bot.Database.Outbox.Find(r => r.ChatId == Chat).OrderBy(r => r.Id)];

    /// <summary>Moves the fake clock on (a minute at a time) until the condition holds; backoff and retry-after run on it.</summary>
    private static Task AdvanceUntilAsync(TestBot bot, Func<bool> condition) =>
        TestBot.WaitUntilAsync(
            () =>
            {
                if (condition())
                {
                    return true;
                }

                bot.Clock.Advance(TimeSpan.FromMinutes(1));
                return false;
            },
            "the outbox to settle while the clock moves on");
}
