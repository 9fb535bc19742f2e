using Bot.Core.Curation.Photos;
using Bot.Host.Telegram;
using Bot.Host.Tests.Fakes;
using Telegram.Bot;

namespace Bot.Host.Tests.Telegram;

/// <summary>The real Telegram.Bot client fetching files from the fake Bot API on 127.0.0.1.</summary>
public sealed class TelegramFileDownloaderTests : IAsyncLifetime
{
    private static readonly string Token = "123456789:" + new string('d', 35);
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private FakeBotApiServer _server = null!;
    private TelegramFileDownloader _downloader = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeBotApiServer.StartAsync(Token);
        _downloader = new TelegramFileDownloader(new TelegramBotClient(new TelegramBotClientOptions(Token, _server.BaseUrl) { RetryCount = 0 }, _http));
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
    }

    [Fact]
    public async Task AFileOfTheAnnouncedSize_ArrivesWhole()
    {
        var bytes = Enumerable.Range(0, 300_000).Select(i => (byte)(i * 7)).ToArray();
        _server.AddFile("AgACphoto", bytes);

        var result = await _downloader.DownloadAsync("AgACphoto", 1_000_000, CancellationToken.None);

        Assert.Equal(DownloadStatus.Downloaded, result.Status);
        Assert.Equal(bytes, result.Content);
    }

    [Fact]
    public async Task MoreOrFewerBytesThanAnnounced_AreTakenAsServed()
    {
        _server.AddFile("AgACmore", new byte[5_000], reportedSize: 1_000);
        _server.AddFile("AgACless", [1, 2, 3], reportedSize: 1_000);

        Assert.Equal(5_000, (await _downloader.DownloadAsync("AgACmore", 10_000, CancellationToken.None)).Content!.Length);
        Assert.Equal([1, 2, 3], (await _downloader.DownloadAsync("AgACless", 10_000, CancellationToken.None)).Content);
    }

    [Fact]
    public async Task AFileGrowingPastTheCap_IsTooLarge_NotRetried()
    {
        // getFile announces a small file; the download brings more than the cap.
        _server.AddFile("AgAClying", new byte[50_000], reportedSize: 1_000);

        var result = await _downloader.DownloadAsync("AgAClying", 10_000, CancellationToken.None);

        Assert.Equal(DownloadStatus.TooLarge, result.Status);
    }
}
