using Bot.Core.Messaging;
using Bot.Core.Outbox;
using Bot.Core.Tests.Support;
using Bot.Core.Tests.Training;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Tests.Outbox;

/// <summary>Settled messages are deleted after Outbox:KeepSentDays; unsent ones never are.</summary>
public sealed class OutboxRetentionTests
{
    private const string OldChat = "7001";
    private const string NewChat = "7002";

    [Fact]
    public async Task Prune_DeletesMessagesSettledBeforeTheCutoff_AndKeepsRecentAndUnsentOnes()
    {
        await using var bot = await KeepingSentDaysAsync(14);
        await bot.SendTextAsync(OldChat, "/start");
        var unsent = await WriteUnsendableRowAsync(bot);
        var oldRows = RowsOf(bot, OldChat);
        Assert.NotEmpty(oldRows);

        bot.Clock.Advance(TimeSpan.FromDays(15));
        await bot.SendTextAsync(NewChat, "/bantuan");
        await bot.Services.GetRequiredService<OutboxRetentionWorker>().PruneAsync(CancellationToken.None);

        Assert.Empty(RowsOf(bot, OldChat));
        Assert.NotEmpty(RowsOf(bot, NewChat));
        Assert.Equal(OutboxStatus.Pending, bot.Database.Outbox.FindById(unsent)?.Status);
    }

    [Fact]
    public async Task Prune_KeepsMessagesSettledWithinTheRetentionPeriod()
    {
        await using var bot = await KeepingSentDaysAsync(14);
        await bot.SendTextAsync(OldChat, "/start");
        var before = RowsOf(bot, OldChat);

        bot.Clock.Advance(TimeSpan.FromDays(13));
        await bot.Services.GetRequiredService<OutboxRetentionWorker>().PruneAsync(CancellationToken.None);

        Assert.Equal(before, RowsOf(bot, OldChat));
    }

    [Fact]
    public async Task HourlyPass_DeletesOldMessagesWithoutBeingAsked()
    {
        await using var bot = await KeepingSentDaysAsync(1);
        await bot.SendTextAsync(OldChat, "/start");
        Assert.NotEmpty(RowsOf(bot, OldChat));

        bot.Clock.Advance(TimeSpan.FromDays(2));

        await TestBot.WaitUntilAsync(() => RowsOf(bot, OldChat).Count == 0, "the hourly pass to delete the old replies");
    }

    private static Task<TestBot> KeepingSentDaysAsync(int days) => TestBot.StartAsync(o =>
    {
        o.RunSweeper = false;
        o.Settings["Outbox:KeepSentDays"] = days.ToString(System.Globalization.CultureInfo.InvariantCulture);
    });

    /// <summary>A row for a platform the test bot has no sender for: it stays pending however old it gets.</summary>
    private static async Task<long> WriteUnsendableRowAsync(TestBot bot)
    {
        var committed = await bot.Pipeline.EnqueueAsync(new WriteJob(s => s.Send(new ChatRef(Platform.Discord, "55"), OutboundMessage.Plain("hai"))), CancellationToken.None);
        await committed.WaitAsync(CancellationToken.None);
        return Assert.Single(bot.Database.Outbox.Find(r => r.ChatId == "55")).Id;
    }

    private static List<long> RowsOf(TestBot bot, string chat) => [.. bot.Database.Outbox.Find(r => r.ChatId == chat).Select(r => r.Id).Order()];
}
