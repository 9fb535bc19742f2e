using Bot.Core.Curation;
using Bot.Core.Curation.Photos;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Tests.Curation;

/// <summary>A bot with curators and an admin, a fake downloader, and a seller walked through the real /kurasi form.</summary>
public static class CurationScript
{
    public const string Curator1 = "8001";
    public const string Curator2 = "8002";
    public const string Admin = "9001";
    public const string Product = "Keripik Tempe Sagu";
    private static readonly Localizer T = Texts.Id;

    public static Task<TestBot> StartAsync(FakeFileDownloader downloader, Action<TestBotOptions>? configure = null) =>
        TestBot.StartAsync(o =>
        {
            o.Settings["Roles:Curators:0"] = "Local:" + Curator1;
            o.Settings["Roles:Curators:1"] = "Local:" + Curator2;
            o.Settings["Roles:Admins:0"] = "Local:" + Admin;
            o.Settings["Curation:ClaimMinutes"] = "30";
            o.Services.Add(s => s.AddSingleton<IFileDownloader>(downloader));
            configure?.Invoke(o);
        });

    /// <summary>Answers every question up to the photos; returns the photo question.</summary>
    public static async Task<OutboundMessage> UntilPhotosAsync(TestBot bot, string chat, string product = Product)
    {
        ProfileScript.Expect(await bot.SendTextAsync(chat, "/kurasi"), "curation.product.prompt");
        var category = ProfileScript.Expect(await bot.SendTextAsync(chat, product), "curation.category.prompt");
        ProfileScript.Expect(await bot.PressAsync(chat, category.Button(T["sector.kuliner"])), "curation.description.prompt");
        ProfileScript.Expect(await bot.SendTextAsync(chat, "Keripik tempe renyah dari kedelai lokal, 200 g"), "curation.price.prompt");
        ProfileScript.Expect(await bot.SendTextAsync(chat, "25rb"), "curation.capacity.prompt");
        var permits = ProfileScript.Expect(await bot.SendTextAsync(chat, "500 bungkus per bulan"), "curation.permits.prompt");
        await bot.PressAsync(chat, permits.Button(T["curation.permit.pirt"]));
        await bot.PressAsync(chat, permits.Button(T["curation.permit.halal"]));
        var photos = MessageAssertions.Single(await bot.PressAsync(chat, permits.Button(T["form.button.done"])));
        Assert.StartsWith(T["curation.photos.prompt"][..20], photos.Text);
        return photos;
    }

    /// <summary>Sends the photos (one album when more than one), finishes and saves; returns the submission.</summary>
    public static async Task<Submission> SubmitAsync(TestBot bot, string chat, IReadOnlyList<string> fileIds, string product = Product)
    {
        await UntilPhotosAsync(bot, chat, product);
        var album = fileIds.Count > 1 ? "album-" + Guid.NewGuid().ToString("N") : null;
        foreach (var id in fileIds)
        {
            await bot.SendPhotoAsync(chat, id, album);
        }

        var summary = MessageAssertions.Single(await bot.SendTextAsync(chat, "selesai"));
        Assert.Contains(T["form.summary.question"], summary.Text);
        // The download worker may already report on the photos; the confirmation comes first.
        var done = (await bot.PressAsync(chat, summary.Button(T["form.button.save"])))[0];
        var submission = SubmissionStore.OfSeller(bot.Database, "Local:" + chat).Last();
        Assert.Equal(T.Format("curation.submitted", submission.Code, product, fileIds.Count), done.Text);
        return submission;
    }

    public static async Task<Submission> SettledAsync(TestBot bot, int id)
    {
        await TestBot.WaitUntilAsync(() => SubmissionStore.Collection(bot.Database).FindById(id).PendingPhotos == 0, $"the photos of submission {id} to settle");
        await bot.SettleAllAsync();
        return SubmissionStore.Collection(bot.Database).FindById(id);
    }

    /// <summary>A seller with a saved profile and one submission whose photos are stored; returns it.</summary>
    public static async Task<Submission> ReadySubmissionAsync(TestBot bot, FakeFileDownloader downloader, string chat, byte seed)
    {
        await ProfileScript.SaveAsync(bot, chat);
        var ids = new[] { $"{chat}-front-{seed}", $"{chat}-back-{seed}" };
        downloader.Add(ids[0], TestImages.Png(640, 640, seed));
        downloader.Add(ids[1], TestImages.Png(800, 600, (byte)(seed + 100)));
        var submission = await SubmitAsync(bot, chat, ids);
        return await SettledAsync(bot, submission.Id);
    }
}
