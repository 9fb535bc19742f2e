using Bot.Core.Audit;
using Bot.Core.Broadcast;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Tests.Support;
using static Bot.Core.Tests.Broadcast.BroadcastScript;

namespace Bot.Core.Tests.Broadcast;

/// <summary>/broadcast from the form to the final report, against the real pipeline, outbox and database.</summary>
public sealed class BroadcastTests
{
    private const string Admin = BroadcastScript.Admin;
    private const string Announcement = "Pelatihan ekspor gelombang 2 dibuka, daftar lewat /daftar.";
    private static readonly Localizer T = Texts.Id;

    [Fact]
    public async Task Compose_PreviewsTheMessageAsRecipientsSeeIt_AndCountsOnlyConsentingSellers()
    {
        await using var bot = await StartAsync();
        SeedSellers(bot, Chats(2001, 3));
        SeedSellers(bot, Chats(3001, 2), consent: false);

        var preview = await ComposeAsync(bot, Announcement);

        Assert.Equal(2, preview.Count);
        Assert.Equal(T["broadcast.header"] + "\n\n" + Announcement, preview[0].Text);
        Assert.Equal(T.Format("broadcast.preview", 1, T["broadcast.audience.sellers"], 3, 0), preview[1].Text);
        Assert.Equal($"/broadcast_kirim 1", preview[1].Button(T.Format("broadcast.send_button", 3)).Data);
        Assert.Empty(Recipients(bot, Announcement));
        Assert.Equal(BroadcastStatus.Draft, BroadcastStore.Runs(bot.Database).FindById(1).Status);
    }

    [Fact]
    public async Task Send_ReachesEveryConsentingSellerOnce_ReportsTheCounts_AndIsAudited()
    {
        await using var bot = await StartAsync();
        SeedSellers(bot, Chats(2001, 12));
        SeedSellers(bot, Chats(3001, 2), consent: false);

        var id = await BroadcastAsync(bot, Announcement);
        await WaitForReportAsync(bot, "broadcast.finished", id);

        Assert.Equal(Chats(2001, 12).Order(), Recipients(bot, Announcement).Order());
        var run = BroadcastStore.Runs(bot.Database).FindById(id);
        Assert.Equal((BroadcastStatus.Completed, 12, 12, 0, 0), (run.Status, run.Total, run.Sent, run.Failed, run.Blocked));
        Assert.All(BroadcastStore.Deliveries(bot.Database).FindAll(), d => Assert.Equal(DeliveryState.Sent, d.State));
        var finished = bot.Sender.DeliveredTo(Admin).Last().Message.Text;
        Assert.Equal(T.Format("broadcast.finished", id, 12, 12, 0, 0, 0, 0), finished);
        var audit = Assert.Single(AuditLog.Collection(bot.Database).Find(e => e.Action == "broadcast.start"));
        Assert.Equal($"Local:{Admin}", audit.Actor);
        Assert.Contains(Announcement, audit.After);
    }

    [Fact]
    public async Task SendPressedTwice_StartsTheBroadcastOnce()
    {
        await using var bot = await StartAsync();
        SeedSellers(bot, Chats(2001, 3));
        var preview = await ComposeAsync(bot, Announcement);
        var send = preview[^1].Button("📤");

        await bot.PressAsync(Admin, send);
        var second = await bot.PressAsync(Admin, send);
        await WaitForReportAsync(bot, "broadcast.finished", 1);

        // The broadcast's own reports may arrive in between; the press itself only says it already runs.
        Assert.Contains(second, m => m.Text == T.Format("broadcast.already_running", 1) || m.Text == T.Format("broadcast.already_done", 1));
        Assert.Single(bot.Sender.DeliveredTo(Admin), e => e.Message.Text == T.Format("broadcast.started", 1, 3));
        Assert.Equal(3, Recipients(bot, Announcement).Count);
    }

    [Fact]
    public async Task ASellerWhoBlockedTheBot_IsCounted_SkippedNextTime_AndReachedAgainAfterWriting()
    {
        await using var bot = await StartAsync();
        SeedSellers(bot, Chats(2001, 3));
        bot.Sender.Block("2002");

        var first = await BroadcastAsync(bot, "Pengumuman pertama.");
        await WaitForReportAsync(bot, "broadcast.finished", first);
        var run = BroadcastStore.Runs(bot.Database).FindById(first);
        Assert.Equal((2, 1), (run.Sent, run.Blocked));
        Assert.NotNull(BlockedChats.Collection(bot.Database).FindById("Local:2002"));

        var attemptsBefore = bot.Sender.Attempts.Count(a => a.Envelope.Chat.ChatId == "2002");
        var preview = await ComposeAsync(bot, "Pengumuman kedua.");
        Assert.Equal(T.Format("broadcast.preview", 2, T["broadcast.audience.sellers"], 2, 1), preview[^1].Text);
        await bot.PressAsync(Admin, preview[^1].Button("📤"));
        await WaitForReportAsync(bot, "broadcast.finished", 2);
        Assert.Equal(attemptsBefore, bot.Sender.Attempts.Count(a => a.Envelope.Chat.ChatId == "2002"));
        Assert.Equal(T.Format("broadcast.finished", 2, 2, 2, 0, 0, 0, 1), bot.Sender.DeliveredTo(Admin).Last().Message.Text);

        bot.Sender.Unblock("2002");
        await bot.SendTextAsync("2002", "/start");
        Assert.Null(BlockedChats.Collection(bot.Database).FindById("Local:2002"));
        var third = await BroadcastAsync(bot, "Pengumuman ketiga.");
        await WaitForReportAsync(bot, "broadcast.finished", third);
        Assert.Contains("2002", Recipients(bot, "Pengumuman ketiga."));
    }

    [Fact]
    public async Task Progress_IsEditedIntoTheSameMessage_AsSendsAreAcknowledged()
    {
        await using var bot = await StartAsync(maxInFlight: 2);
        SeedSellers(bot, Chats(2001, 6));
        var preview = await ComposeAsync(bot, Announcement);
        bot.Sender.Script(SendOutcome.Sent("a"), SendOutcome.Sent("b"), SendOutcome.Sent("c"));
        bot.Sender.FailWith(SendOutcome.Wait(TimeSpan.FromHours(1)));
        await bot.PressAsync(Admin, preview[^1].Button("📤"));
        await TestBot.WaitUntilAsync(() => BroadcastStore.Runs(bot.Database).FindById(1).Sent == 3, "three recipients served");

        bot.Clock.Advance(TimeSpan.FromSeconds(5));

        await TestBot.WaitUntilAsync(() => bot.Sender.Delivered.Any(e => e.Message.EditMessageId is not null), "the progress edit");
        var progress = bot.Sender.Delivered.First(e => e.Chat.ChatId == Admin && e.Message.Text!.StartsWith("📤", StringComparison.Ordinal));
        var edit = bot.Sender.Delivered.Single(e => e.Message.EditMessageId is not null);
        Assert.Equal(ProgressMessageId(bot, progress), edit.Message.EditMessageId);
        Assert.Equal(T.Format("broadcast.progress", 1, 3, 6, 3, 0, 0), edit.Message.Text);
        Assert.Equal(T.Format("broadcast.progress", 1, 0, 6, 0, 0, 0), progress.Message.Text);
        Assert.Equal("/broadcast_batal 1", edit.Message.Button(T["broadcast.stop_button"]).Data);
    }

    [Fact]
    public async Task Cancel_DropsEveryMessageNotYetSent_AndReportsTheFinalCounts()
    {
        await using var bot = await StartAsync(maxInFlight: 5, concurrentChats: 1);
        SeedSellers(bot, Chats(2001, 50));
        var preview = await ComposeAsync(bot, Announcement);
        bot.Sender.FailWith(SendOutcome.Wait(TimeSpan.FromSeconds(30)));
        await bot.PressAsync(Admin, preview[^1].Button("📤"));
        const long id = 1;
        await TestBot.WaitUntilAsync(() => bot.Sender.Attempts.Any(a => a.Envelope.Chat.ChatId != Admin), "the first broadcast send");

        await bot.SendTextAsync(Admin, "/broadcast_batal");
        await TestBot.WaitUntilAsync(() => bot.Sender.DeliveredTo(Admin).Any(e => e.Message.Text == T.Format("broadcast.stopping", id)), "the stop answer");
        bot.Sender.Recover();
        bot.Clock.Advance(TimeSpan.FromSeconds(30));
        await WaitForReportAsync(bot, "broadcast.cancelled", id);

        var delivered = Recipients(bot, Announcement);
        var run = BroadcastStore.Runs(bot.Database).FindById(id);
        Assert.Equal((BroadcastStatus.Cancelled, delivered.Count, 50 - delivered.Count, 0), (run.Status, run.Sent, run.Dropped, run.Queued));
        Assert.InRange(delivered.Count, 1, 1);
        Assert.Equal(T.Format("broadcast.cancelled", id, 50, 1, 0, 0, 49, 0), bot.Sender.DeliveredTo(Admin).Last().Message.Text);
        Assert.Equal(0, bot.Database.Outbox.Count(r => r.Tag != null && r.Status == Bot.Core.Outbox.OutboxStatus.Pending));
        Assert.Single(AuditLog.Collection(bot.Database).Find(e => e.Action == "broadcast.cancel"));
    }

    [Fact]
    public async Task RestartHalfway_GoesOnWhereItStopped_WithoutSendingAnyoneTwice()
    {
        await using var bot = await StartAsync(maxInFlight: 4);
        SeedSellers(bot, Chats(2001, 30));
        var preview = await ComposeAsync(bot, Announcement);
        bot.Sender.Script([.. Enumerable.Range(0, 12).Select(i => SendOutcome.Sent("s" + i))]);
        bot.Sender.FailWith(SendOutcome.Transient("network down"));
        await bot.PressAsync(Admin, preview[^1].Button("📤"));
        const long id = 1;
        await TestBot.WaitUntilAsync(() => BroadcastStore.Runs(bot.Database).FindById(id).Sent >= 8, "a part of the broadcast sent");

        await bot.RestartAsync();
        bot.Sender.Recover();
        bot.Clock.Advance(TimeSpan.FromSeconds(1));
        await WaitForReportAsync(bot, "broadcast.finished", id);

        var recipients = Recipients(bot, Announcement);
        Assert.Equal(Chats(2001, 30).Order(), recipients.Order());
        Assert.Equal(30, BroadcastStore.Runs(bot.Database).FindById(id).Sent);
    }

    [Fact]
    public async Task Form_RefusesStickersAndOverlongText_AndTakesAPhotoWithItsCaption()
    {
        await using var bot = await StartAsync();
        SeedSellers(bot, Chats(2001, 2));
        await bot.SendTextAsync(Admin, "/broadcast");

        var sticker = MessageAssertions.Single(await bot.SendStickerAsync(Admin));
        var tooLong = MessageAssertions.Single(await bot.SendTextAsync(Admin, new string('a', 3600)));
        var photo = bot.PhotoUpdate(Admin, "photo-77") with { Text = Announcement };
        var audience = MessageAssertions.Single(await bot.SubmitAsync(photo));
        var summary = MessageAssertions.Single(await bot.PressAsync(Admin, audience.Button(T["broadcast.audience.sellers"])));
        var preview = await bot.PressAsync(Admin, summary.Button(T["form.button.save"]));

        Assert.StartsWith("❗ " + T["broadcast.message.unsupported"], sticker.Text);
        Assert.StartsWith("❗ " + T.Format("broadcast.message.too_long", 3500, 3600), tooLong.Text);
        Assert.Contains(T["broadcast.message.with_photo"] + " " + Announcement, summary.Text);
        Assert.Equal("photo-77", Assert.Single(preview[0].Files).PlatformFileId);
        Assert.Equal(T["broadcast.header"] + "\n\n" + Announcement, preview[0].Text);
    }

    private static string? ProgressMessageId(TestBot bot, OutgoingEnvelope progress) =>
        bot.Sender.Attempts.Where(a => a.Envelope.Id == progress.Id).Select(a => a.Answer).Any()
            ? BroadcastStore.Runs(bot.Database).FindById(1).ProgressMessageId
            : null;

    private static async Task<TestBot> StartAsync(int maxInFlight = 60, int concurrentChats = 16)
    {
        var bot = await TestBot.StartAsync(o =>
        {
            o.RunSweeper = false;
            o.Settings["Roles:Admins:0"] = $"Local:{Admin}";
            o.Settings["Broadcast:MaxInFlight"] = maxInFlight.ToString(System.Globalization.CultureInfo.InvariantCulture);
            o.Settings["Outbox:MaxConcurrentChats"] = concurrentChats.ToString(System.Globalization.CultureInfo.InvariantCulture);
        });
        bot.Sender.Spared = Admin;
        return bot;
    }
}
