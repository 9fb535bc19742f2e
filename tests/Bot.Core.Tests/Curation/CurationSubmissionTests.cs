using System.Security.Cryptography;
using Bot.Core.Curation;
using Bot.Core.Curation.Photos;
using Bot.Core.Localization;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Curation;

/// <summary>A seller sends a product: the form, the photos' download, checks and storage, and the messages about them.</summary>
public sealed class CurationSubmissionTests
{
    private const string Seller = "1001";
    private static readonly Localizer T = Texts.Id;

    [Fact]
    public async Task Submission_StoresEachPhotoWithHashBytesAndPixelSize_AndTellsTheSellerItIsQueued()
    {
        var downloader = new FakeFileDownloader();
        await using var bot = await CurationScript.StartAsync(downloader);
        await ProfileScript.SaveAsync(bot, Seller);
        var front = TestImages.Png(640, 520, seed: 3);
        var label = TestImages.Jpeg(1280, 960);
        downloader.Add("front", front);
        downloader.Add("label", label);

        var sent = await CurationScript.SubmitAsync(bot, Seller, ["front", "label"]);
        var stored = await CurationScript.SettledAsync(bot, sent.Id);

        Assert.Equal(SubmissionState.Submitted, stored.State);
        Assert.Equal(25_000, stored.PriceRupiah);
        Assert.Equal((500, "bungkus"), (stored.CapacityPerMonth, stored.CapacityUnit));
        Assert.Equal(["pirt", "halal"], stored.Permits);
        Assert.Equal(ProfileScript.Business, stored.BusinessName);
        var photos = stored.StoredPhotos.ToList();
        Assert.Equal([(1, 640, 520), (2, 1280, 960)], photos.Select(p => (p.Number, p.Width, p.Height)));
        var strippedLabel = MetadataStripper.Strip(label, ImageFormat.Jpeg);
        Assert.Equal([front, strippedLabel], photos.Select(p => Read(bot, p.StoredFileId!)));
        Assert.Equal([Sha(front), Sha(strippedLabel)], photos.Select(p => p.Sha256));
        Assert.Equal([front.LongLength, strippedLabel.LongLength], photos.Select(p => p.Bytes));
        Assert.Contains(bot.RepliesTo(Seller), m => m.Text == T.Format("curation.photos.ready", stored.Code, 2));
    }

    [Fact]
    public async Task AnAlbumOfThree_IsCollectedIntoOneSubmissionInTheOrderSent()
    {
        var downloader = new FakeFileDownloader();
        await using var bot = await CurationScript.StartAsync(downloader);
        await ProfileScript.SaveAsync(bot, Seller);
        foreach (var (id, seed) in new[] { ("c", (byte)1), ("a", (byte)2), ("b", (byte)3) })
        {
            downloader.Add(id, TestImages.Png(600, 600, seed));
        }

        var sent = await CurationScript.SubmitAsync(bot, Seller, ["c", "a", "b"]);
        var stored = await CurationScript.SettledAsync(bot, sent.Id);

        Assert.Equal([(1, "c"), (2, "a"), (3, "b")], stored.StoredPhotos.Select(p => (p.Number, p.PlatformFileId)));
        Assert.Equal([TestImages.Png(600, 600, 1), TestImages.Png(600, 600, 2), TestImages.Png(600, 600, 3)], stored.StoredPhotos.Select(p => Read(bot, p.StoredFileId!)));
    }

    [Fact]
    public async Task StickerVoiceAndText_WhereAPhotoIsExpected_GetAHint_AndTheQuestionStays()
    {
        var downloader = new FakeFileDownloader();
        await using var bot = await CurationScript.StartAsync(downloader);
        await ProfileScript.SaveAsync(bot, Seller);
        await CurationScript.UntilPhotosAsync(bot, Seller);
        var step = bot.ConversationOf(Seller)!.Step;

        var sticker = MessageAssertions.Single(await bot.SendStickerAsync(Seller));
        var voice = MessageAssertions.Single(await bot.SubmitAsync(bot.StickerUpdate(Seller) with { Kind = Bot.Core.Messaging.InboundKind.Voice }));
        var text = MessageAssertions.Single(await bot.SendTextAsync(Seller, "fotonya nanti ya"));
        var early = MessageAssertions.Single(await bot.SendTextAsync(Seller, "selesai"));

        Assert.Contains(T["curation.photo.sticker"], sticker.Text);
        Assert.Contains(T["curation.photo.voice"], voice.Text);
        Assert.Contains(T["curation.photo.expected"], text.Text);
        Assert.Contains(T.Format("form.items_too_few", 1, 0), early.Text);
        Assert.Equal(step, bot.ConversationOf(Seller)!.Step);
        Assert.Equal("kurasi", bot.ConversationOf(Seller)!.Form);
    }

    [Fact]
    public async Task NonImageRenamedJpg_TooSmallImage_AndTheSamePhotoTwice_AreRefusedWithATip_AndReplaced()
    {
        var downloader = new FakeFileDownloader();
        await using var bot = await CurationScript.StartAsync(downloader);
        await ProfileScript.SaveAsync(bot, Seller);
        downloader.Add("good", TestImages.Png(700, 700, 9));
        downloader.Add("fake.jpg", "%PDF-1.7 this is a price list"u8.ToArray());
        downloader.Add("tiny", TestImages.Png(300, 300, 4));
        downloader.Add("good-again", TestImages.Png(700, 700, 9));

        var sent = await CurationScript.SubmitAsync(bot, Seller, ["good", "fake.jpg", "tiny", "good-again"]);
        var settled = await CurationScript.SettledAsync(bot, sent.Id);

        Assert.Equal([PhotoState.Stored, PhotoState.Refused, PhotoState.Refused, PhotoState.Refused], settled.Photos.Select(p => p.State));
        Assert.Equal([PhotoRefusal.None, PhotoRefusal.NotImage, PhotoRefusal.TooSmall, PhotoRefusal.Duplicate], settled.Photos.Select(p => p.Refusal));
        var replies = bot.RepliesTo(Seller);
        Assert.Contains(replies, m => m.Text == T.Format("curation.photo.refused", 2, settled.Code, CurationScript.Product, T["curation.photo.refused.not_image"]));
        Assert.Contains(replies, m => m.Text == T.Format("curation.photo.refused", 3, settled.Code, CurationScript.Product, T.Format("curation.photo.refused.too_small", 300, 300, 500)));
        var duplicate = Assert.Single(replies, m => m.Text == T.Format("curation.photo.refused", 4, settled.Code, CurationScript.Product, T.Format("curation.photo.refused.duplicate", settled.Code)));
        Assert.Single(bot.Database.Files.FindAll());

        downloader.Add("label", TestImages.Png(900, 900, 77));
        var prompt = MessageAssertions.Single(await bot.PressAsync(Seller, duplicate.Button(T["curation.photo.replace_button"])));
        Assert.Contains(settled.Code, prompt.Text);
        await bot.SendPhotoAsync(Seller, "label");
        var summary = MessageAssertions.Single(await bot.SendTextAsync(Seller, "selesai"));
        await bot.PressAsync(Seller, summary.Button(T["form.button.save"]));
        var replaced = await CurationScript.SettledAsync(bot, sent.Id);

        Assert.Equal([1, 5], replaced.StoredPhotos.Select(p => p.Number));
    }

    [Fact]
    public async Task AFailedDownload_IsRetriedWithBackoff_AndCompletes()
    {
        var downloader = new FakeFileDownloader();
        await using var bot = await CurationScript.StartAsync(downloader);
        await ProfileScript.SaveAsync(bot, Seller);
        downloader.Add("flaky", TestImages.Png(800, 800, 5));
        downloader.FailFirst("flaky", DownloadResult.Transient("500"), DownloadResult.Transient("500"));

        var sent = await CurationScript.SubmitAsync(bot, Seller, ["flaky"]);
        await TestBot.WaitUntilAsync(() => Photo(bot, sent.Id).Attempts == 1, "the first attempt to fail");
        Assert.Equal(PhotoState.Pending, Photo(bot, sent.Id).State);
        bot.Clock.Advance(TimeSpan.FromSeconds(2));
        await TestBot.WaitUntilAsync(() => Photo(bot, sent.Id).Attempts == 2, "the second attempt to fail");
        bot.Clock.Advance(TimeSpan.FromSeconds(4));
        var stored = await CurationScript.SettledAsync(bot, sent.Id);

        Assert.Equal(PhotoState.Stored, stored.Photos[0].State);
        Assert.Equal(3, downloader.Requests.Count(r => r == "flaky"));
    }

    private static SubmissionPhoto Photo(TestBot bot, int id) => SubmissionStore.Collection(bot.Database).FindById(id).Photos[0];

    private static byte[] Read(TestBot bot, string fileId)
    {
        using var stream = new MemoryStream();
        bot.Database.Files.Download(fileId, stream);
        return stream.ToArray();
    }

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
