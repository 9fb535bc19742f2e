using System.Net;
using Bot.Core.Curation.Photos;
using Bot.Core.Messaging;
using global::Telegram.Bot;
using global::Telegram.Bot.Exceptions;

namespace Bot.Host.Telegram;

/// <summary>Fetches a file the user sent: getFile for its path, then the download, never more than the cap into memory.</summary>
public sealed class TelegramFileDownloader(ITelegramBotClient client) : IFileDownloader
{
    public Platform Platform => Platform.Telegram;

    public async Task<DownloadResult> DownloadAsync(string fileId, long maxBytes, CancellationToken cancellationToken)
    {
        try
        {
            var file = await client.GetFile(fileId, cancellationToken).ConfigureAwait(false);
            if (file.FileSize > maxBytes)
            {
                return DownloadResult.TooLarge();
            }

            if (string.IsNullOrEmpty(file.FilePath))
            {
                return DownloadResult.Gone("no file_path");
            }

            // Sized from getFile's file_size, so the photo arrives in one array that is passed on as it is.
            var expected = (int)Math.Clamp(file.FileSize ?? 0, 0, Math.Min(maxBytes, Array.MaxLength));
            using var buffer = new CappedBuffer(maxBytes, expected);
            try
            {
                await client.DownloadFile(file.FilePath, buffer, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception) when (buffer.Overflowed)
            {
                // The client wraps the buffer's refusal in its own exceptions: a file past the cap is not worth retrying.
                return DownloadResult.TooLarge();
            }

            return DownloadResult.Downloaded(buffer.TakeContent());
        }
        catch (FileTooLargeException)
        {
            return DownloadResult.TooLarge();
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 400 && ex.Message.Contains("too big", StringComparison.OrdinalIgnoreCase))
        {
            return DownloadResult.TooLarge();
        }
        catch (ApiRequestException ex) when (ex.ErrorCode is 400 or 404)
        {
            return DownloadResult.Gone($"{ex.ErrorCode} {ex.Message}");
        }
        catch (RequestException ex) when (ex.HttpStatusCode is HttpStatusCode.NotFound)
        {
            return DownloadResult.Gone("404");
        }
        catch (RequestException ex)
        {
            return DownloadResult.Transient(ex.HttpStatusCode is { } code ? $"{(int)code} {ex.Message}" : ex.Message);
        }
        catch (HttpRequestException ex)
        {
            return DownloadResult.Transient(ex.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DownloadResult.Transient("timeout");
        }
    }
}
