using Bot.Core.Curation.Photos;
using Bot.Core.Messaging;

namespace Bot.Host.LocalChat;

/// <summary>The local chat's "file id" is the path given to /foto; the file is read from disk.</summary>
public sealed class LocalFileDownloader : IFileDownloader
{
    public Platform Platform => Platform.Local;

    public async Task<DownloadResult> DownloadAsync(string fileId, long maxBytes, CancellationToken cancellationToken)
    {
        try
        {
            var info = new FileInfo(fileId);
            if (!info.Exists)
            {
                return DownloadResult.Gone("file not found");
            }

            if (info.Length > maxBytes)
            {
                return DownloadResult.TooLarge();
            }

            return DownloadResult.Downloaded(await File.ReadAllBytesAsync(fileId, cancellationToken).ConfigureAwait(false));
        }
        catch (IOException ex)
        {
            return DownloadResult.Transient(ex.Message);
        }
        catch (UnauthorizedAccessException ex)
        {
            return DownloadResult.Gone(ex.Message);
        }
    }
}
