using Bot.Core.Messaging;
using Bot.Core.Storage;
using Bot.Host.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace Bot.Host.Discord.Workspace;

/// <summary>
/// Stored files (photos of a submission…) read from the bot's file storage for a multipart upload. Another platform's
/// file ids mean nothing to Discord and are left out, as are files over Discord's 10 MiB.
/// </summary>
internal sealed partial class DiscordAttachments(BotDatabase database, ILogger<DiscordAttachments> logger)
{
    private const int MaxFiles = 10;
    private const long MaxFileBytes = 10L * 1024 * 1024;

    public IReadOnlyList<FileUpload> Load(IReadOnlyList<OutboundFile> files)
    {
        var uploads = new List<FileUpload>();
        foreach (var file in files.Take(MaxFiles))
        {
            if (file.StoredFileId is not { } stored || database.Files.FindById(stored) is not { } info)
            {
                LogSkipped(file.StoredFileId ?? file.PlatformFileId ?? "?", "not in the bot's file storage");
                continue;
            }

            if (info.Length > MaxFileBytes)
            {
                LogSkipped(stored, "larger than 10 MiB");
                continue;
            }

            using var stream = info.OpenRead();
            using var buffer = new MemoryStream((int)info.Length);
            stream.CopyTo(buffer);
            var name = SafeName(file.FileName ?? info.Filename);
            uploads.Add(new FileUpload(name, buffer.ToArray(), string.IsNullOrEmpty(info.MimeType) ? "application/octet-stream" : info.MimeType)
            {
                Description = file.Caption is { Length: > 0 } caption ? DiscordMessageRenderer.Fit(caption, 1024) : null,
            });
        }

        return uploads;
    }

    // attachment://name must match the file name exactly; keep it to characters Discord leaves unchanged.
    private static string SafeName(string name)
    {
        var safe = new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_')]);
        return safe.Length == 0 ? "file" : safe;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A file ({File}) was not attached to a Discord message: {Reason}")]
    private partial void LogSkipped(string file, string reason);
}
