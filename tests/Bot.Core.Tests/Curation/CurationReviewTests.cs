using System.Text;
using Bot.Core.Curation;
using Bot.Core.Curation.Retention;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Curation;

/// <summary>Curators take submissions from the queue and decide; sellers hear back once; history, export and retention.</summary>
public sealed class CurationReviewTests
{
    private const string SellerA = "1001";
    private const string SellerB = "1002";
    private static readonly Localizer T = Texts.Id;

    [Fact]
    public async Task TwoCuratorsAskingAtOnce_GetDifferentSubmissions_EachWithAlbumAndChecklist()
    {
        var downloader = new FakeFileDownloader();
        await using var bot = await CurationScript.StartAsync(downloader);
        var first = await CurationScript.ReadySubmissionAsync(bot, downloader, SellerA, 1);
        var second = await CurationScript.ReadySubmissionAsync(bot, downloader, SellerB, 2);

        await bot.SubmitTogetherAsync(bot.TextUpdate(CurationScript.Curator1, "/antrian"), bot.TextUpdate(CurationScript.Curator2, "/kurasi_berikut"));

        var held = new[] { Held(bot, first.Id), Held(bot, second.Id) };
        Assert.Equal(["Local:" + CurationScript.Curator1, "Local:" + CurationScript.Curator2], held.Order());
        foreach (var curator in new[] { CurationScript.Curator1, CurationScript.Curator2 })
        {
            var replies = bot.RepliesTo(curator);
            Assert.Equal(2, replies.Count);
            Assert.Equal(2, replies[0].Files.Count);
            Assert.All(replies[0].Files, f => Assert.Equal(FileKind.Photo, f.Kind));
            Assert.All(replies[0].Files, f => Assert.NotNull(bot.Database.Files.FindById(f.StoredFileId!)));
            Assert.Contains(T["curation.check.legal"], replies[1].Text);
            Assert.Contains(ProfileScript.Business, replies[1].Text);
            Assert.True(replies[1].HasButton(T["curation.outcome.needsrevision"]));
        }

        var empty = MessageAssertions.Single(await bot.SendTextAsync(CurationScript.Admin, "/antrian"));
        Assert.Equal(T["curation.queue.empty"], empty.Text);
    }

    [Fact]
    public async Task AClaim_ExpiresAfterTheConfiguredMinutes_ThenAnotherCuratorMayTakeIt()
    {
        var downloader = new FakeFileDownloader();
        await using var bot = await CurationScript.StartAsync(downloader);
        var submission = await CurationScript.ReadySubmissionAsync(bot, downloader, SellerA, 1);
        await bot.SendTextAsync(CurationScript.Curator1, "/antrian");

        bot.Clock.Advance(TimeSpan.FromMinutes(29));
        var early = MessageAssertions.Single(await bot.SendTextAsync(CurationScript.Curator2, "/antrian"));
        Assert.Equal(T["curation.queue.empty"], early.Text);

        bot.Clock.Advance(TimeSpan.FromMinutes(2));
        var late = await bot.SendTextAsync(CurationScript.Curator2, "/antrian");
        Assert.Equal(2, late.Count);
        Assert.Equal("Local:" + CurationScript.Curator2, Held(bot, submission.Id));

        var stale = MessageAssertions.Single(await bot.PressAsync(CurationScript.Curator1, $"/putuskan {submission.Id} a"));
        Assert.Equal(T.Format("curation.decision.held_by_other", submission.Code), stale.Text);
    }

    [Fact]
    public async Task Revision_ThenResubmissionWithANewPhoto_KeepsTheHistory_AndTheSecondDecisionSeesIt()
    {
        var downloader = new FakeFileDownloader();
        await using var bot = await CurationScript.StartAsync(downloader);
        var submission = await CurationScript.ReadySubmissionAsync(bot, downloader, SellerA, 1);
        await bot.SendTextAsync(CurationScript.Curator1, "/antrian");
        await DecideAsync(bot, CurationScript.Curator1, submission.Id, "r", ["curation.reason.bg", "curation.reason.label"], "Tambahkan berat bersih di label.");

        var notice = bot.RepliesTo(SellerA).Last();
        Assert.Contains(T["curation.reason.bg"], notice.Text);
        Assert.Contains("Tambahkan berat bersih di label.", notice.Text);
        var summary = MessageAssertions.Single(await bot.PressAsync(SellerA, notice.Button(T["curation.resubmit.button"])));
        Assert.Contains("Keripik Tempe Sagu", summary.Text);
        var photos = MessageAssertions.Single(await bot.PressAsync(SellerA, summary.Button(T.Format("form.button.edit", T["curation.photos.label"]))));
        downloader.Add("new-label", TestImages.Png(1000, 1000, 42));
        await bot.SendPhotoAsync(SellerA, "new-label");
        var again = MessageAssertions.Single(await bot.SendTextAsync(SellerA, "selesai"));
        var price = MessageAssertions.Single(await bot.PressAsync(SellerA, again.Button(T.Format("form.button.edit", T["curation.price.label"]))));
        var back = MessageAssertions.Single(await bot.SendTextAsync(SellerA, "Rp 27.500"));
        var saved = (await bot.PressAsync(SellerA, back.Button(T["form.button.save"])))[0];
        Assert.Equal(T.Format("curation.resubmitted", submission.Code, 2), saved.Text);
        Assert.NotNull(photos);
        Assert.NotNull(price);

        var v2 = await CurationScript.SettledAsync(bot, submission.Id);
        Assert.Equal(SubmissionState.Submitted, v2.State);
        Assert.Equal(2, v2.Version);
        Assert.Equal(27_500, v2.PriceRupiah);
        Assert.Equal(["new-label"], v2.StoredPhotos.Select(p => p.PlatformFileId));
        var revision = Assert.Single(v2.Revisions);
        Assert.Equal("25000", revision.Fields["price"]);
        Assert.Equal([1, 2], revision.PhotoNumbers);

        var review = await bot.SendTextAsync(CurationScript.Curator2, "/antrian");
        Assert.Contains(T["curation.reason.label"], review[1].Text);
        await DecideAsync(bot, CurationScript.Curator2, submission.Id, "a", [], null, ["curation.check.legal", "curation.check.label"]);

        var decided = SubmissionStore.Collection(bot.Database).FindById(submission.Id);
        Assert.Equal(SubmissionState.Approved, decided.State);
        Assert.Equal([(1, DecisionOutcome.NeedsRevision), (2, DecisionOutcome.Approved)], decided.Decisions.Select(d => (d.Version, d.Outcome)));
        Assert.Equal(["bg", "label"], decided.Decisions[0].Reasons);
        Assert.True(decided.Decisions[1].Checklist["legal"]);
        Assert.False(decided.Decisions[1].Checklist["supply"]);
        var status = MessageAssertions.Single(await bot.SendTextAsync(SellerA, "/statuskurasi"));
        Assert.Contains($"{submission.Code} — Keripik Tempe Sagu: {T["curation.state.approved"]}", status.Text);
    }

    [Fact]
    public async Task TheSeller_IsToldTheDecisionExactlyOnce_EvenWithARestartBeforeItIsSent()
    {
        var downloader = new FakeFileDownloader();
        await using var bot = await CurationScript.StartAsync(downloader);
        var submission = await CurationScript.ReadySubmissionAsync(bot, downloader, SellerA, 1);
        var before = bot.RepliesTo(SellerA).Count;
        await bot.SendTextAsync(CurationScript.Curator1, "/antrian");
        await bot.PressAsync(CurationScript.Curator1, $"/putuskan {submission.Id} x");
        await bot.SendTextAsync(CurationScript.Curator1, "selesai");
        await bot.SendTextAsync(CurationScript.Curator1, "Produk ini bukan buatan sendiri.");
        var summary = MessageAssertions.Single(await bot.SendTextAsync(CurationScript.Curator1, "selesai"));

        bot.Sender.FailWith(SendOutcome.Transient("network down"));
        await bot.CommitAsync(bot.ButtonUpdate(CurationScript.Curator1, summary.Button(T["form.button.save"]).Data));

        // Once the notice has failed, the old run waits out its backoff on the fake clock, which stands still: recovering
        // now cannot reach it, and the new run must not meet the failure (it would back off for good).
        await TestBot.WaitUntilAsync(() => bot.Sender.Attempts.Any(a => a.Envelope.Chat.ChatId == SellerA && a.Answer == SendStatus.Transient), "the notice to fail");
        bot.Sender.Recover();
        await bot.RestartAsync(crash: true);
        await bot.CommitAsync(bot.ButtonUpdate(CurationScript.Curator1, summary.Button(T["form.button.save"]).Data));
        await bot.SettleAllAsync();

        var notices = bot.RepliesTo(SellerA).Skip(before).ToList();
        var notice = Assert.Single(notices);
        Assert.StartsWith("Mohon maaf", notice.Text);
        Assert.Contains("bukan buatan sendiri", notice.Text);
        Assert.Single(SubmissionStore.Collection(bot.Database).FindById(submission.Id).Decisions);
    }

    [Fact]
    public async Task Admins_ExportSubmissionsAndDecisionsAsCsvWithBom_OthersAreRefused()
    {
        var downloader = new FakeFileDownloader();
        await using var bot = await CurationScript.StartAsync(downloader);
        var submission = await CurationScript.ReadySubmissionAsync(bot, downloader, SellerA, 1);
        await bot.SendTextAsync(CurationScript.Curator1, "/antrian");
        await DecideAsync(bot, CurationScript.Curator1, submission.Id, "r", ["curation.reason.price"], "=HYPERLINK(\"x\")");

        var refused = MessageAssertions.Single(await bot.SendTextAsync(CurationScript.Curator1, "/eksporkurasi"));
        Assert.Equal(T["command.not_allowed"], refused.Text);
        var export = MessageAssertions.Single(await bot.SendTextAsync(CurationScript.Admin, "/eksporkurasi"));

        var file = Assert.Single(export.Files);
        Assert.Equal(FileKind.Document, file.Kind);
        using var stream = new MemoryStream();
        bot.Database.Files.Download(file.StoredFileId!, stream);
        var bytes = stream.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("code,version,state", lines[0]);
        Assert.StartsWith($"{submission.Code},1,NeedsRevision", lines[1]);
        Assert.Contains("Keripik Tempe Sagu", lines[1]);
        Assert.DoesNotContain(",=HYPERLINK", lines[1]);
    }

    [Fact]
    public async Task PhotosOfRejectedSubmissions_AreDeletedAfterTheRetentionPeriod_OthersKept()
    {
        var downloader = new FakeFileDownloader();
        await using var bot = await CurationScript.StartAsync(downloader);
        var rejected = await CurationScript.ReadySubmissionAsync(bot, downloader, SellerA, 1);
        var waiting = await CurationScript.ReadySubmissionAsync(bot, downloader, SellerB, 2);
        await bot.SendTextAsync(CurationScript.Curator1, "/antrian");
        await DecideAsync(bot, CurationScript.Curator1, rejected.Id, "x", ["curation.reason.pack"], null);

        await bot.RunJobAsync(new RejectedPhotoCleanupJob(TimeSpan.FromDays(90)));
        Assert.Equal(4, bot.Database.Files.FindAll().Count());

        bot.Clock.Advance(TimeSpan.FromDays(91));
        await bot.RunJobAsync(new RejectedPhotoCleanupJob(TimeSpan.FromDays(90)));

        var files = bot.Database.Files.FindAll().Select(f => f.Id).ToList();
        Assert.Equal(waiting.StoredPhotos.Select(p => p.StoredFileId), files);
        var after = SubmissionStore.Collection(bot.Database).FindById(rejected.Id);
        Assert.All(after.Photos, p => Assert.Equal(PhotoState.Removed, p.State));
        Assert.NotNull(after.PhotosDeletedUtc);
    }

    /// <summary>Presses the decision button under the review, ticks <paramref name="checks"/>, picks reasons, types a note, saves.</summary>
    private static async Task DecideAsync(TestBot bot, string curator, int id, string outcome, string[] reasonKeys, string? note, string[]? checks = null)
    {
        var checklist = MessageAssertions.Single(await bot.PressAsync(curator, $"/putuskan {id} {outcome}"));
        foreach (var check in checks ?? [])
        {
            await bot.PressAsync(curator, checklist.Button(T[check]));
        }

        var next = MessageAssertions.Single(await bot.SendTextAsync(curator, "selesai"));
        if (outcome != "a")
        {
            foreach (var reason in reasonKeys)
            {
                await bot.PressAsync(curator, next.Button(T[reason]));
            }

            if (note is not null)
            {
                await bot.SendTextAsync(curator, note);
            }

            next = MessageAssertions.Single(await bot.SendTextAsync(curator, "selesai"));
        }

        var saved = MessageAssertions.Single(await bot.PressAsync(curator, next.Button(T["form.button.save"])));
        Assert.StartsWith("✅", saved.Text);
    }

    private static string? Held(TestBot bot, int id) => SubmissionStore.Collection(bot.Database).FindById(id).ClaimedBy;
}
