using Bot.Core.Curation;
using Bot.Core.Curation.Retention;
using Bot.Core.Localization;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Curation;

/// <summary>A seller withdraws an undecided product: it leaves the queue and its photos follow the retention period.</summary>
public sealed class WithdrawTests
{
    private const string SellerA = "1001";
    private const string SellerB = "1002";
    private static readonly Localizer T = Texts.Id;

    [Fact]
    public async Task Withdraw_AfterConfirming_LeavesTheQueue_AndThePhotosGoAfterTheRetentionPeriod()
    {
        var downloader = new FakeFileDownloader();
        await using var bot = await CurationScript.StartAsync(downloader);
        var mine = await CurationScript.ReadySubmissionAsync(bot, downloader, SellerA, 1);
        var other = await CurationScript.ReadySubmissionAsync(bot, downloader, SellerB, 2);

        var ask = MessageAssertions.Single(await bot.SendTextAsync(SellerA, "/tarikkurasi " + mine.Code));
        Assert.Equal(SubmissionState.Submitted, State(bot, mine.Id));
        var done = MessageAssertions.Single(await bot.PressAsync(SellerA, ask.Button(T["curation.withdraw.yes"])));
        var again = MessageAssertions.Single(await bot.PressAsync(SellerA, ask.Button(T["curation.withdraw.yes"])));

        Assert.Equal(T.Format("curation.withdraw.done", mine.Code), done.Text);
        Assert.Equal(T.Format("curation.withdraw.not_open", mine.Code, T["curation.state.withdrawn"]), again.Text);
        Assert.Equal(SubmissionState.Withdrawn, State(bot, mine.Id));

        await bot.SendTextAsync(CurationScript.Curator1, "/antrian");
        Assert.Equal("Local:" + CurationScript.Curator1, SubmissionStore.Collection(bot.Database).FindById(other.Id).ClaimedBy);
        Assert.Null(SubmissionStore.Collection(bot.Database).FindById(mine.Id).ClaimedBy);

        await bot.RunJobAsync(new RejectedPhotoCleanupJob(TimeSpan.FromDays(90)));
        Assert.Equal(4, bot.Database.Files.FindAll().Count());
        bot.Clock.Advance(TimeSpan.FromDays(91));
        await bot.RunJobAsync(new RejectedPhotoCleanupJob(TimeSpan.FromDays(90)));

        Assert.Equal(other.StoredPhotos.Select(p => p.StoredFileId), bot.Database.Files.FindAll().Select(f => f.Id));
    }

    [Fact]
    public async Task Withdraw_OfSomeoneElsesProduct_OrWithoutACode_IsRefused_AndChangesNothing()
    {
        var downloader = new FakeFileDownloader();
        await using var bot = await CurationScript.StartAsync(downloader);
        var mine = await CurationScript.ReadySubmissionAsync(bot, downloader, SellerA, 1);

        var stranger = MessageAssertions.Single(await bot.SendTextAsync(SellerB, $"/tarikkurasi {mine.Code} ya"));
        var noCode = MessageAssertions.Single(await bot.SendTextAsync(SellerA, "/tarikkurasi"));

        Assert.Equal(T.Format("curation.not_found", mine.Code), stranger.Text);
        Assert.Equal(T["curation.code_expected"], noCode.Text);
        Assert.Equal(SubmissionState.Submitted, State(bot, mine.Id));
    }

    private static SubmissionState State(TestBot bot, int id) => SubmissionStore.Collection(bot.Database).FindById(id).State;
}
