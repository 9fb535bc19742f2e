using Bot.Core.Messaging;

namespace Bot.Core.Curation.Photos;

/// <summary>The port each platform adapter implements to fetch a file the user sent, by the platform's file id.</summary>
public interface IFileDownloader
{
    Platform Platform { get; }

    /// <param name="maxBytes">Files larger than this are not fetched (Telegram: 20 MB for bots).</param>
    Task<DownloadResult> DownloadAsync(string fileId, long maxBytes, CancellationToken cancellationToken);
}
