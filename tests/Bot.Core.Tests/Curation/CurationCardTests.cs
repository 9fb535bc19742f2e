using Bot.Core.Curation;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Tests.Support;
using Bot.Core.Workspace;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Tests.Curation;

/// <summary>Curation cards in the workspace's curation chat: posted when ready, decided from the card, kept up to date; and the queue summary.</summary>
public sealed class CurationCardTests
{
    private const string Seller = "1001";
    private const string OtherSeller = "1002";
    private const string Room = "curation-room";
    private const string Card = "card-42";
    private const string Moderator = "Moderator Sri";
    private static readonly Localizer T = Texts.Id;

    [Fact]
    public async Task AReadySubmission_IsPostedAsACard_WithItsPhotosFieldsSeller_AndDecisionButtonsForItsVersion()
    {
        var downloader = new FakeFileDownloader();
        await using var bot = await StartAsync(downloader);

        var submission = await CurationScript.ReadySubmissionAsync(bot, downloader, Seller, 1);

        var card = Assert.Single(bot.RepliesTo(Room));
        Assert.Contains(submission.Code, card.Text);
        Assert.Contains(CurationScript.Product, card.Text);
        Assert.Contains(ProfileScript.Business, card.Text);
        Assert.Equal(submission.StoredPhotos.Select(p => p.StoredFileId), card.Files.Select(f => f.StoredFileId));
        Assert.All(card.Files, f => Assert.NotNull(bot.Database.Files.FindById(f.StoredFileId!)));
        Assert.Equal(["/kurasi_setuju 1 v1", "/kurasi_revisi 1 v1", "/kurasi_tolak 1 v1"], card.AllButtons.Select(b => b.Data));
    }

    [Fact]
    public async Task WithoutACurationChat_NoCardIsPosted()
    {
        var downloader = new FakeFileDownloader();
        await using var bot = await CurationScript.StartAsync(downloader);

        await CurationScript.ReadySubmissionAsync(bot, downloader, Seller, 1);

        Assert.Equal([Seller], bot.Database.Outbox.FindAll().Select(r => r.ChatId).Distinct());
    }

    [Fact]
    public async Task ApproveOnTheCard_DecidesOnce_TellsTheSellerOnce_AndTheCardShowsWhoDecided_AlsoAfterASecondPress()
    {
        var downloader = new FakeFileDownloader();
        await using var bot = await StartAsync(downloader);
        var submission = await CurationScript.ReadySubmissionAsync(bot, downloader, Seller, 1);
        var before = bot.RepliesTo(Seller).Count;

        var saved = await PressOnCardAsync(bot, "/kurasi_setuju 1 v1");

        Assert.Equal(T.Format("curation.decision.saved", submission.Code, T["curation.outcome.approved"]), MessageAssertions.Single(saved).Text);
        var decided = SubmissionStore.Collection(bot.Database).FindById(submission.Id);
        Assert.Equal(SubmissionState.Approved, decided.State);
        var decision = Assert.Single(decided.Decisions);
        Assert.Equal(("Local:" + CurationScript.Admin, Moderator), (decision.Curator, decision.CuratorName));
        var notice = Assert.Single(bot.RepliesTo(Seller).Skip(before));
        Assert.StartsWith(T.Format("curation.notice.approved", submission.Code, CurationScript.Product, string.Empty)[..30], notice.Text);
        var edit = bot.RepliesTo(Room)[^1];
        Assert.Equal(Card, edit.EditMessageId);
        Assert.Empty(edit.Buttons);
        Assert.Contains(T.Format("curation.card.decided", T["curation.state.approved"], Moderator, string.Empty).TrimEnd(' ', '·'), edit.Text);

        var again = await PressOnCardAsync(bot, "/kurasi_tolak 1 v1 Terlambat, sudah disetujui.");

        Assert.Equal(T.Format("curation.decision.already_decided", submission.Code, T["curation.state.approved"]), MessageAssertions.Single(again).Text);
        Assert.Single(bot.RepliesTo(Seller).Skip(before));
        Assert.Single(SubmissionStore.Collection(bot.Database).FindById(submission.Id).Decisions);
        Assert.Equal((3, Card), (bot.RepliesTo(Room).Count, bot.RepliesTo(Room)[^1].EditMessageId));
    }

    [Fact]
    public async Task WhileAnotherCuratorHoldsIt_TheCardChangesNothing_AfterTheClaimLapses_TheCardDecides_AndTheHolderIsToldItIsDecided()
    {
        var downloader = new FakeFileDownloader();
        await using var bot = await StartAsync(downloader);
        var submission = await CurationScript.ReadySubmissionAsync(bot, downloader, Seller, 1);
        await bot.SubmitAsync(bot.TextUpdate(CurationScript.Curator1, "/antrian") with { SenderName = "Kurator Budi" });
        var until = SubmissionStore.Collection(bot.Database).FindById(submission.Id).ClaimExpiresUtc!.Value;
        var before = bot.RepliesTo(Seller).Count;

        var refused = await PressOnCardAsync(bot, "/kurasi_setuju 1 v1");

        Assert.Equal(T.Format("curation.card.held", submission.Code, "Kurator Budi", Wib.FormatTime(until, Languages.Indonesian)), MessageAssertions.Single(refused).Text);
        var held = SubmissionStore.Collection(bot.Database).FindById(submission.Id);
        Assert.Equal((SubmissionState.InReview, 0), (held.State, held.Decisions.Count));
        Assert.Single(bot.RepliesTo(Room));
        Assert.Equal(before, bot.RepliesTo(Seller).Count);

        bot.Clock.Advance(TimeSpan.FromMinutes(31));
        await PressOnCardAsync(bot, "/kurasi_setuju 1 v1");
        var late = MessageAssertions.Single(await bot.PressAsync(CurationScript.Curator1, $"/putuskan {submission.Id} x"));

        Assert.Equal(SubmissionState.Approved, SubmissionStore.Collection(bot.Database).FindById(submission.Id).State);
        Assert.Equal(T.Format("curation.decision.already_decided", submission.Code, T["curation.state.approved"]), late.Text);
        Assert.Single(bot.RepliesTo(Seller).Skip(before));
    }

    [Fact]
    public async Task NeedsRevisionWithNotes_ReachesTheSeller_TheResubmissionGetsANewCard_AndTheOldCardIsOnlyClosed()
    {
        var downloader = new FakeFileDownloader();
        await using var bot = await StartAsync(downloader);
        var submission = await CurationScript.ReadySubmissionAsync(bot, downloader, Seller, 1);

        await PressOnCardAsync(bot, "/kurasi_revisi 1 v1 Foto kurang terang.\n\n  Label belum ada   berat bersih.");

        var notice = bot.RepliesTo(Seller)[^1];
        Assert.Contains("• Foto kurang terang.\nLabel belum ada berat bersih.", notice.Text);
        Assert.Equal("/kirimulang 1", notice.Button(T["curation.resubmit.button"]).Data);
        Assert.Equal(SubmissionState.NeedsRevision, SubmissionStore.Collection(bot.Database).FindById(submission.Id).State);
        Assert.Contains("Foto kurang terang.", bot.RepliesTo(Room)[^1].Text);

        var summary = MessageAssertions.Single(await bot.PressAsync(Seller, notice.Button(T["curation.resubmit.button"])));
        await bot.PressAsync(Seller, summary.Button(T["form.button.save"]));
        await bot.SettleAsync(Room);

        var second = bot.RepliesTo(Room)[^1];
        Assert.Null(second.EditMessageId);
        Assert.Equal(["/kurasi_setuju 1 v2", "/kurasi_revisi 1 v2", "/kurasi_tolak 1 v2"], second.AllButtons.Select(b => b.Data));
        Assert.Contains(T["curation.review.history"], second.Text);
        Assert.Equal(2, second.Files.Count);

        var stale = await PressOnCardAsync(bot, "/kurasi_setuju 1 v1");

        Assert.Equal(T.Format("curation.card.outdated", submission.Code, 1, 2), MessageAssertions.Single(stale).Text);
        Assert.Equal(SubmissionState.Submitted, SubmissionStore.Collection(bot.Database).FindById(submission.Id).State);
        var closed = bot.RepliesTo(Room)[^1];
        Assert.Equal(Card, closed.EditMessageId);
        Assert.Empty(closed.Buttons);
        Assert.StartsWith(T.Format("curation.card.superseded", submission.Code, 1, 2, string.Empty)[..20], closed.Text);
    }

    [Fact]
    public async Task ADecisionMadeInACuratorsChat_ClosesTheCard_WhereverItWasPosted()
    {
        var downloader = new FakeFileDownloader();
        await using var bot = await StartAsync(downloader);
        var submission = await CurationScript.ReadySubmissionAsync(bot, downloader, Seller, 1);
        var posted = PostedCardId(bot);
        await bot.SubmitAsync(bot.TextUpdate(CurationScript.Curator1, "/antrian") with { SenderName = "Kurator Budi" });

        var checklist = MessageAssertions.Single(await bot.PressAsync(CurationScript.Curator1, $"/putuskan {submission.Id} a"));
        var summary = MessageAssertions.Single(await bot.SendTextAsync(CurationScript.Curator1, "selesai"));
        await bot.PressAsync(CurationScript.Curator1, summary.Button(T["form.button.save"]));
        await bot.SettleAllAsync();

        Assert.NotNull(checklist.Text);
        var decided = SubmissionStore.Collection(bot.Database).FindById(submission.Id);
        Assert.Equal(SubmissionState.Approved, decided.State);
        var decision = Assert.Single(decided.Decisions);
        var edit = bot.RepliesTo(Room)[^1];
        Assert.Equal(posted, edit.EditMessageId);
        Assert.Empty(edit.Buttons);
        Assert.Contains(T.Format("curation.card.decided", T["curation.state.approved"], decision.CuratorName ?? decision.Curator, Wib.Format(decision.AtUtc, Languages.Indonesian)), edit.Text);
        Assert.Equal(2, bot.RepliesTo(Room).Count);
    }

    [Fact]
    public async Task AWithdrawnSubmission_HasItsCardClosed_SayingSo()
    {
        var downloader = new FakeFileDownloader();
        await using var bot = await StartAsync(downloader);
        var submission = await CurationScript.ReadySubmissionAsync(bot, downloader, Seller, 1);
        var posted = PostedCardId(bot);

        await bot.SendTextAsync(Seller, $"/tarikkurasi {submission.Code} ya");
        await bot.SettleAllAsync();

        var edit = bot.RepliesTo(Room)[^1];
        Assert.Equal(posted, edit.EditMessageId);
        Assert.Empty(edit.Buttons);
        var withdrawn = SubmissionStore.Collection(bot.Database).FindById(submission.Id).WithdrawnUtc!.Value;
        Assert.Contains(T.Format("curation.card.withdrawn", Wib.Format(withdrawn, Languages.Indonesian)), edit.Text);
    }

    [Fact]
    public async Task ACardSentAfterTheSubmissionWasDecided_IsClosedAsSoonAsItsIdIsKnown()
    {
        var downloader = new FakeFileDownloader();
        await using var bot = await StartAsync(downloader);
        bot.Sender.HoldChat(Room);
        var submission = await CurationScript.ReadySubmissionAsync(bot, downloader, Seller, 1);
        await bot.SubmitAsync(bot.TextUpdate(CurationScript.Curator1, "/antrian") with { SenderName = "Kurator Budi" });
        await bot.PressAsync(CurationScript.Curator1, $"/putuskan {submission.Id} a");
        var summary = MessageAssertions.Single(await bot.SendTextAsync(CurationScript.Curator1, "selesai"));
        await bot.PressAsync(CurationScript.Curator1, summary.Button(T["form.button.save"]));

        bot.Sender.ReleaseChat(Room);
        await TestBot.WaitUntilAsync(() => bot.RepliesTo(Room).Count == 2, "the late card and its closing edit");
        await bot.SettleAllAsync();

        var edit = bot.RepliesTo(Room)[1];
        Assert.Equal(PostedCardId(bot), edit.EditMessageId);
        Assert.Empty(edit.Buttons);
        Assert.Contains(T["curation.state.approved"], edit.Text);
    }

    [Theory]
    [InlineData("/kurasi_revisi 1 v1", "curation.card.notes_needed")]
    [InlineData("/kurasi_tolak 1 v1 ok", "form.length")]
    [InlineData("/kurasi_setuju", "curation.card.usage")]
    [InlineData("/kurasi_setuju 99", "curation.not_found")]
    public async Task ABadDecisionFromTheCard_IsExplained_AndNothingChanges(string command, string key)
    {
        var downloader = new FakeFileDownloader();
        await using var bot = await StartAsync(downloader);
        var submission = await CurationScript.ReadySubmissionAsync(bot, downloader, Seller, 1);
        var before = bot.RepliesTo(Seller).Count;

        var reply = MessageAssertions.Single(await PressOnCardAsync(bot, command));

        var expected = key switch
        {
            "curation.card.notes_needed" => T.Format(key, "/kurasi_revisi", submission.Code),
            "form.length" => T.Format(key, 3, 500, 2),
            "curation.not_found" => T.Format(key, "K-0099"),
            _ => T[key],
        };
        Assert.Equal(expected, reply.Text);
        Assert.Equal(SubmissionState.Submitted, SubmissionStore.Collection(bot.Database).FindById(submission.Id).State);
        Assert.Equal(before, bot.RepliesTo(Seller).Count);
        Assert.Single(bot.RepliesTo(Room));
    }

    [Fact]
    public async Task TheQueueSummary_CountsByState_ShowsTheOldestWaitingAndWhoHoldsWhat_AndClaimsNothing()
    {
        var downloader = new FakeFileDownloader();
        await using var bot = await StartAsync(downloader);
        var first = await CurationScript.ReadySubmissionAsync(bot, downloader, Seller, 1);
        bot.Clock.Advance(TimeSpan.FromHours(3));
        var second = await CurationScript.ReadySubmissionAsync(bot, downloader, OtherSeller, 2);
        bot.Clock.Advance(TimeSpan.FromHours(2));
        await bot.SubmitAsync(bot.TextUpdate(CurationScript.Curator1, "/antrian") with { SenderName = "Kurator Budi" });

        var summary = MessageAssertions.Single(await bot.SendTextAsync(CurationScript.Curator2, "/antrian ringkas")).Text!;

        Assert.Contains(T.Format("curation.summary.waiting", 1, 1, 0), summary);
        Assert.Contains(T.Format("curation.summary.in_review", 1), summary);
        Assert.Contains(T.Format("curation.summary.decided", 0, 0, 0), summary);
        Assert.Contains(T.Format("curation.summary.oldest", second.Code, CurationScript.Product, Wib.Format(second.QueuedUtc, Languages.Indonesian), 2), summary);
        var claim = SubmissionStore.Collection(bot.Database).FindById(first.Id).ClaimExpiresUtc!.Value;
        Assert.Contains(T.Format("curation.summary.hold", first.Code, CurationScript.Product, "Kurator Budi (Local)", Wib.FormatTime(claim, Languages.Indonesian)), summary);
        Assert.Null(SubmissionStore.Collection(bot.Database).FindById(second.Id).ClaimedBy);

        var stranger = MessageAssertions.Single(await bot.SendTextAsync(Seller, "/antrian ringkas"));
        Assert.Equal(T["command.not_allowed"], stranger.Text);
    }

    /// <summary>The platform's id of the card as posted (the first message sent to the curation chat).</summary>
    private static string PostedCardId(TestBot bot)
    {
        var submission = SubmissionStore.Collection(bot.Database).FindAll().Single();
        Assert.Equal(1, submission.CardVersion);
        return submission.CardMessageId!;
    }

    private static async Task<IReadOnlyList<OutboundMessage>> PressOnCardAsync(TestBot bot, string data)
    {
        var replies = await bot.SubmitAsync(bot.ButtonUpdate(CurationScript.Admin, data) with { SenderName = Moderator, Button = new ButtonPress(data, "cb", Card) });
        await bot.SettleAllAsync();
        return replies;
    }

    private static Task<TestBot> StartAsync(FakeFileDownloader downloader) => CurationScript.StartAsync(downloader, o =>
        o.Services.Add(s => s.Configure<WorkspaceOptions>(w => w.CurationChat = new ChatRef(Platform.Local, Room))));
}
