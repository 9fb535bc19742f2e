using Bot.Core.Curation.Photos;
using Bot.Core.Messaging;

namespace Bot.Benchmarks;

/// <summary>The bot's real downloader, telling the bench which files it received whole.</summary>
internal sealed class FetchReportingDownloader(IFileDownloader inner, Action<string> fetched) : IFileDownloader
{
    public Platform Platform => inner.Platform;

    public async Task<DownloadResult> DownloadAsync(string fileId, long maxBytes, CancellationToken cancellationToken)
    {
        var result = await inner.DownloadAsync(fileId, maxBytes, cancellationToken).ConfigureAwait(false);
        if (result.Status == DownloadStatus.Downloaded)
        {
            fetched(fileId);
        }

        return result;
    }
}
