using System.Globalization;
using System.Security.Cryptography;
using Bot.Core.Curation;
using Bot.Core.Messaging;
using Bot.Core.Profiles;
using Bot.Core.Storage;
using Bot.Host.Tests.Fakes;
using Bot.Host.Tests.Support;

namespace Bot.Host.Tests.Curation;

/// <summary>/kurasi over the real Telegram.Bot client against the fake Bot API: album in, getFile + download, stored photos, album out to a curator.</summary>
public sealed class TelegramCurationTests : IAsyncLifetime
{
    private const long Seller = 5551001;
    private const long Curator = 5552002;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private readonly TempFolder _temp = new();
    private FakeBotApiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeBotApiServer.StartAsync(TestTokens.Telegram);

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task AnAlbumOfThree_IsDownloadedStoredInOrderWithHashAndPixelSize_AndACuratorGetsItAsOneAlbum()
    {
        await using var bot = await StartAsync();
        var images = new[] { TestPng.Create(640, 640, 1), TestPng.Create(1280, 960, 2), TestPng.Create(800, 800, 3) };
        await FillFormAsync(bot, images);

        var submission = await SettledAsync(bot);
        var photos = submission.StoredPhotos.ToList();
        Assert.Equal(["large-0", "large-1", "large-2"], photos.Select(p => p.PlatformFileId));
        Assert.Equal([(640, 640), (1280, 960), (800, 800)], photos.Select(p => (p.Width, p.Height)));
        Assert.Equal(images.Select(Sha), photos.Select(p => p.Sha256));
        Assert.Equal(images.Select(i => i.LongLength), photos.Select(p => p.Bytes));
        var files = bot.Get<BotDatabase>().Files;
        Assert.Equal(images, photos.Select(p => Read(files, p.StoredFileId!)));
        Assert.DoesNotContain(_server.CallsTo("getFile"), c => c.Parameters["file_id"]!.ToString().StartsWith("thumb", StringComparison.Ordinal));

        _server.EnqueueText(Curator, Curator, "/antrian");
        var album = (await _server.WaitForCallsAsync("sendMediaGroup", 1, Wait))[0];
        Assert.Equal(3, album.Files.Count);
        Assert.Equal(images, album.Files.Select(f => f.Content));
        await _server.WaitForCallsAsync("sendMessage", 1, Wait, c => c.Parameters["chat_id"]!.ToString() == Curator.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task ADownloadThatFailsWithAServerError_IsRetried_AndCompleted()
    {
        _server.FailNext("download", 500);
        await using var bot = await StartAsync();
        var image = TestPng.Create(700, 700, 5);
        await FillFormAsync(bot, [image]);

        var submission = await SettledAsync(bot);

        Assert.Equal(PhotoState.Stored, submission.Photos[0].State);
        Assert.Equal(2, submission.Photos[0].Attempts);
        Assert.Equal([500, 200], _server.CallsTo("download").Select(c => c.StatusCode));
        Assert.Equal(Sha(image), submission.Photos[0].Sha256);
    }

    private async Task<RunningBot> StartAsync()
    {
        var bot = await RunningBot.StartAsync(_server.BaseUrl, _temp.File("bot.db"), new Dictionary<string, string?>
        {
            ["Roles:Curators:0"] = $"Telegram:{Curator}",
            ["Curation:DownloadRetrySeconds"] = "1",
        });
        ProfileStore.Collection(bot.Get<BotDatabase>()).Upsert(new SellerProfile
        {
            Id = SellerProfile.KeyOf(Platform.Telegram, Seller.ToString(CultureInfo.InvariantCulture)),
            Platform = Platform.Telegram,
            UserId = Seller.ToString(CultureInfo.InvariantCulture),
            ChatId = Seller.ToString(CultureInfo.InvariantCulture),
            OwnerName = "Siti Aminah",
            BusinessName = "Tahu Takwa Bu Siti",
            Sector = "kuliner",
            Area = "kota",
            Phone = "+6281234567890",
        });
        return bot;
    }

    /// <summary>Answers the form by typing (as a seller may), sends the photos as one album, finishes and saves.</summary>
    private async Task FillFormAsync(RunningBot bot, byte[][] images)
    {
        foreach (var answer in new[] { "/kurasi", "Keripik Tempe Sagu", "1", "Keripik tempe renyah dari kedelai lokal, 200 g", "Rp 25.000", "500 bungkus", "PIRT, halal" })
        {
            await SayAsync(answer);
        }

        for (var i = 0; i < images.Length; i++)
        {
            _server.AddFile($"large-{i}", images[i]);
            _server.EnqueuePhoto(Seller, Seller, images.Length > 1 ? "album-1" : null, ($"thumb-{i}", $"ut-{i}", 90, 90, 900), ($"large-{i}", $"ul-{i}", 1280, 1280, images[i].Length));
        }

        await SayAsync("selesai");
        var saved = SentToSeller().Count;
        _server.EnqueueText(Seller, Seller, "simpan");
        await _server.WaitForCallsAsync("sendMessage", saved + 1, Wait, ToSeller);
        Assert.NotNull(bot);
    }

    private async Task SayAsync(string text)
    {
        var before = SentToSeller().Count;
        _server.EnqueueText(Seller, Seller, text);
        await _server.WaitForCallsAsync("sendMessage", before + 1, Wait, ToSeller);
    }

    private static async Task<Submission> SettledAsync(RunningBot bot)
    {
        var database = bot.Get<BotDatabase>();
        var deadline = DateTime.UtcNow + Wait;
        while (true)
        {
            var submission = SubmissionStore.Collection(database).FindAll().SingleOrDefault();
            if (submission is { PendingPhotos: 0 })
            {
                return submission;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The photos were never settled.");
            }

            await Task.Delay(20);
        }
    }

    private IReadOnlyList<RecordedCall> SentToSeller() => [.. _server.CallsTo("sendMessage").Where(c => c.Succeeded && ToSeller(c))];

    private static bool ToSeller(RecordedCall call) => call.Parameters["chat_id"]!.ToString() == Seller.ToString(CultureInfo.InvariantCulture);

    private static byte[] Read(LiteDB.ILiteStorage<string> files, string id)
    {
        using var stream = new MemoryStream();
        files.Download(id, stream);
        return stream.ToArray();
    }

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
