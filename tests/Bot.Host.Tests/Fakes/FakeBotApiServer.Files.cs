using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace Bot.Host.Tests.Fakes;

public sealed partial class FakeBotApiServer
{
    /// <summary>Bot API limit for getFile / downloads (20 MB).</summary>
    public const long MaxDownloadSize = 20L * 1024 * 1024;

    /// <summary>Bot API limit for uploads (50 MB); larger uploads get 413.</summary>
    public const long MaxUploadSize = 50L * 1024 * 1024;

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly Dictionary<string, StoredFile> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StoredFile> _filesByPath = new(StringComparer.Ordinal);
    private long _fileCounter;
    private long _pathCounter;

    private enum MediaKind
    {
        Photo = 2,
        Voice = 3,
        Video = 4,
        Document = 5,
        Sticker = 8,
        Audio = 9,
    }

    /// <summary>
    /// Makes <paramref name="fileId"/> downloadable: getFile returns
    /// <c>{file_id, file_unique_id, file_size, file_path}</c> with file_path "photos/file_N.jpg" unless
    /// <paramref name="filePath"/> is given, and <c>GET /file/bot{token}/{file_path}</c> serves
    /// <paramref name="content"/>. <paramref name="reportedSize"/> overrides file_size (e.g. to simulate a file over
    /// the 20 MB getFile limit without allocating it). Returns the file_path.
    /// </summary>
    public string AddFile(string fileId, byte[] content, string? filePath = null, long? reportedSize = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileId);
        ArgumentNullException.ThrowIfNull(content);
        lock (_gate)
        {
            var known = _files.GetValueOrDefault(fileId);
            var path = filePath ?? string.Create(CultureInfo.InvariantCulture, $"photos/file_{_pathCounter++}.jpg");
            var file = (known ?? new StoredFile(fileId, NewFileId(MediaKind.Photo, unique: true), null, 0, null)) with
            {
                Content = content,
                Size = reportedSize ?? content.LongLength,
                FilePath = path,
            };
            RememberFileLocked(file);
            return path;
        }
    }

    private static string NewFileIdCore(MediaKind kind, long counter, long botId, bool unique)
    {
        // Real file ids are base64url; their first byte is the file type (Telegram.Bot's GetFileIdType reads it).
        var bytes = new byte[unique ? 9 : 24];
        bytes[0] = unique ? (byte)1 : (byte)kind;
        bytes[2] = 2;
        BitConverter.TryWriteBytes(bytes.AsSpan(bytes.Length - 8), counter);
        if (!unique)
        {
            BitConverter.TryWriteBytes(bytes.AsSpan(4, 8), botId);
        }

        return Convert.ToBase64String(bytes).Replace('+', '-').Replace('/', '_').TrimEnd('=');
    }

    private string NewFileId(MediaKind kind, bool unique = false) => NewFileIdCore(kind, ++_fileCounter, BotId, unique);

    private void RememberFile(StoredFile file)
    {
        lock (_gate)
        {
            if (!_files.ContainsKey(file.FileId))
            {
                RememberFileLocked(file);
            }
        }
    }

    private void RememberFileLocked(StoredFile file)
    {
        if (_files.TryGetValue(file.FileId, out var previous) && previous.FilePath is not null)
        {
            _filesByPath.Remove(previous.FilePath);
        }

        _files[file.FileId] = file;
        if (file.FilePath is not null)
        {
            _filesByPath[file.FilePath] = file;
        }
    }

    /// <summary>Resolves a sendX / InputMedia "media" value (attach://N, file_id or URL) to a stored file.</summary>
    private StoredFile ResolveInputFile(string? reference, IReadOnlyList<RecordedFilePart> files, MediaKind kind)
    {
        var kindName = kind.ToString().ToLowerInvariant();
        if (string.IsNullOrEmpty(reference))
        {
            throw BotApiError.BadRequest($"there is no {kindName} in the request");
        }

        lock (_gate)
        {
            if (reference.StartsWith("attach://", StringComparison.OrdinalIgnoreCase))
            {
                var part = files.FirstOrDefault(f => f.Name == reference["attach://".Length..])
                    ?? throw BotApiError.BadRequest($"there is no {kindName} in the request");
                if (part.Content.Length == 0)
                {
                    throw BotApiError.BadRequest("file must be non-empty");
                }

                if (part.Content.LongLength > MaxUploadSize)
                {
                    throw new BotApiError(413, "Request Entity Too Large");
                }

                var extension = kind == MediaKind.Photo ? ".jpg" : Path.GetExtension(part.FileName);
                var folder = kind switch
                {
                    MediaKind.Photo => "photos",
                    MediaKind.Video => "videos",
                    MediaKind.Audio => "music",
                    _ => "documents",
                };
                var file = new StoredFile(NewFileId(kind), NewFileId(kind, unique: true), part.Content, part.Content.LongLength, null)
                {
                    FileName = part.FileName,
                    MimeType = ContentTypes.TryGetContentType(part.FileName, out var mime) ? mime : "application/octet-stream",
                    Width = kind == MediaKind.Photo ? 1280 : 0,
                    Height = kind == MediaKind.Photo ? 960 : 0,
                };
                file = file with { FilePath = string.Create(CultureInfo.InvariantCulture, $"{folder}/file_{_pathCounter++}{extension}") };
                RememberFileLocked(file);
                return file;
            }

            if (_files.TryGetValue(reference, out var known))
            {
                return known;
            }

            if (Uri.TryCreate(reference, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
            {
                var fileName = Path.GetFileName(url.AbsolutePath);
                var file = new StoredFile(NewFileId(kind), NewFileId(kind, unique: true), null, 65_536, null)
                {
                    FileName = string.IsNullOrEmpty(fileName) ? "file" : fileName,
                    MimeType = ContentTypes.TryGetContentType(fileName, out var mime) ? mime : "application/octet-stream",
                    Width = kind == MediaKind.Photo ? 1280 : 0,
                    Height = kind == MediaKind.Photo ? 960 : 0,
                };
                RememberFileLocked(file);
                return file;
            }

            throw BotApiError.BadRequest("wrong file identifier/HTTP URL specified");
        }
    }

    private void AttachMedia(JsonObject message, MediaKind kind, StoredFile file, string? caption)
    {
        switch (kind)
        {
            case MediaKind.Photo:
                var width = file.Width > 0 ? file.Width : 1280;
                var height = file.Height > 0 ? file.Height : 960;
                var thumbnail = NewFileId(MediaKind.Photo);
                var thumbnailPath = file.Content is null ? null : string.Create(CultureInfo.InvariantCulture, $"photos/file_{_pathCounter++}.jpg");
                RememberFileLocked(new StoredFile(thumbnail, NewFileId(MediaKind.Photo, unique: true), file.Content, Math.Max(1, file.Size / 10), thumbnailPath));
                message["photo"] = new JsonArray(
                    new JsonObject
                    {
                        ["file_id"] = thumbnail,
                        ["file_unique_id"] = _files[thumbnail].UniqueId,
                        ["file_size"] = Math.Max(1, file.Size / 10),
                        ["width"] = 90 * width / Math.Max(width, height),
                        ["height"] = 90 * height / Math.Max(width, height),
                    },
                    new JsonObject
                    {
                        ["file_id"] = file.FileId,
                        ["file_unique_id"] = file.UniqueId,
                        ["file_size"] = file.Size,
                        ["width"] = width,
                        ["height"] = height,
                    });
                break;
            default:
                var media = new JsonObject();
                if (file.FileName is not null)
                {
                    media["file_name"] = file.FileName;
                }

                media["mime_type"] = file.MimeType ?? "application/octet-stream";
                media["file_id"] = file.FileId;
                media["file_unique_id"] = file.UniqueId;
                media["file_size"] = file.Size;
                message[kind.ToString().ToLowerInvariant()] = media;
                break;
        }

        if (caption is not null)
        {
            message["caption"] = caption;
        }
    }

    private JsonNode GetFile(JsonObject parameters)
    {
        var fileId = ReadString(parameters, "file_id");
        lock (_gate)
        {
            if (string.IsNullOrEmpty(fileId) || !_files.TryGetValue(fileId, out var file) || file.Content is null || file.FilePath is null)
            {
                throw BotApiError.BadRequest("invalid file_id");
            }

            if (file.Size > MaxDownloadSize)
            {
                throw BotApiError.BadRequest("file is too big");
            }

            return new JsonObject
            {
                ["file_id"] = file.FileId,
                ["file_unique_id"] = file.UniqueId,
                ["file_size"] = file.Size,
                ["file_path"] = file.FilePath,
            };
        }
    }

    private async Task HandleDownloadAsync(HttpContext context, string tokenAndPath, DateTimeOffset at)
    {
        const string method = "download";
        var slash = tokenAndPath.IndexOf('/', StringComparison.Ordinal);
        var token = slash < 0 ? tokenAndPath : tokenAndPath[..slash];
        var filePath = slash < 0 ? string.Empty : Uri.UnescapeDataString(tokenAndPath[(slash + 1)..]);
        var parameters = new JsonObject { ["file_path"] = filePath };
        try
        {
            bool reject;
            lock (_gate)
            {
                reject = _rejectAllTokens || !string.Equals(token, Token, StringComparison.Ordinal);
            }

            if (reject)
            {
                throw new BotApiError(401);
            }

            if (await ApplyFaultAsync(context, method, parameters, [], at).ConfigureAwait(false))
            {
                return;
            }

            byte[] content;
            lock (_gate)
            {
                content = _filesByPath.TryGetValue(filePath, out var file) && file.Content is not null
                    ? file.Content
                    : throw new BotApiError(404);
            }

            Record(new RecordedCall(method, parameters, [], at, 200));
            context.Response.StatusCode = 200;
            context.Response.ContentType = ContentTypes.TryGetContentType(filePath, out var mime) ? mime : "application/octet-stream";
            context.Response.ContentLength = content.LongLength;
            await context.Response.Body.WriteAsync(content, context.RequestAborted).ConfigureAwait(false);
        }
        catch (BotApiError error)
        {
            await WriteErrorAsync(context, method, parameters, [], at, error.ErrorCode, error.Message, error.Parameters).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            RecordAbandoned(method, parameters, [], at);
        }
    }

    private sealed record StoredFile(string FileId, string UniqueId, byte[]? Content, long Size, string? FilePath)
    {
        public string? FileName { get; init; }

        public string? MimeType { get; init; }

        public int Width { get; init; }

        public int Height { get; init; }
    }
}
