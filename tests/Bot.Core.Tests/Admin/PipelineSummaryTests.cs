using Bot.Core.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Tests.Admin;

public sealed class PipelineSummaryTests
{
    [Fact]
    public async Task EveryMinute_OneLineSaysUpdatesPerSecondBacklogAndErrors()
    {
        await using var bot = await TestBot.StartAsync(o =>
        {
            o.RunSweeper = false;

            // The reminder scan also ticks every minute by default; its job could be in the queue as the line is written.
            o.Settings["Training:ReminderScanInterval"] = "00:10:00";
        });
        for (var i = 0; i < 6; i++)
        {
            await bot.SendTextAsync(TestBot.Chat, "/start");
        }

        // The last acknowledgement may still be on its way; the line must not race it.
        await bot.SettleAllAsync();
        await TestBot.WaitUntilAsync(() => bot.Dispatcher.Backlog == 0, "an empty outbox backlog");
        bot.Clock.Advance(TimeSpan.FromMinutes(1));

        await TestBot.WaitUntilAsync(() => bot.Logs.Entries.Any(e => e.Message.StartsWith("Summary:", StringComparison.Ordinal)), "the summary line");
        var line = Assert.Single(bot.Logs.Entries, e => e.Message.StartsWith("Summary:", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.Equal("Summary: 0.1 updates/s (6 updates), queue 0, outbox backlog 0, errors 0 (total 0)", line.Message);
    }
}
