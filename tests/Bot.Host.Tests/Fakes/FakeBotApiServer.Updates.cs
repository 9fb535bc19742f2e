using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.Host.Tests.Fakes;

public sealed partial class FakeBotApiServer
{
    private const string WebhookConflict =
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first";

    private readonly List<JsonObject> _pendingUpdates = [];
    private readonly List<long> _offsets = [];
    private readonly Dictionary<string, bool> _callbackQueries = new(StringComparer.Ordinal);
    private TaskCompletionSource _updateEnqueued = NewSignal();
    private CancellationTokenSource? _activePoll;
    private HashSet<string>? _allowedUpdates;
    private string? _webhookUrl;
    private long _nextUpdateId = 1000;
    private long _confirmedOffset;
    private long _callbackCounter;

    /// <summary>Every getUpdates "offset" received, in arrival order (requests without offset are not listed).</summary>
    public IReadOnlyList<long> Offsets
    {
        get
        {
            lock (_gate)
            {
                return [.. _offsets];
            }
        }
    }

    /// <summary>
    /// Highest offset received by getUpdates (0 if none). All updates with update_id &lt; ConfirmedOffset are confirmed
    /// and gone forever, as on Telegram.
    /// </summary>
    public long ConfirmedOffset
    {
        get
        {
            lock (_gate)
            {
                return _confirmedOffset;
            }
        }
    }

    /// <summary>Number of updates not yet confirmed (delivered or not).</summary>
    public int PendingUpdateCount
    {
        get
        {
            lock (_gate)
            {
                return _pendingUpdates.Count;
            }
        }
    }

    /// <summary>True while a getUpdates request is waiting for updates (a long poll is parked on the server).</summary>
    public bool IsLongPolling
    {
        get
        {
            lock (_gate)
            {
                return _activePoll is not null;
            }
        }
    }

    /// <summary>
    /// Waits until a getUpdates long poll is parked on the server (e.g. "the bot host has started polling").
    /// Throws <see cref="TimeoutException"/> otherwise.
    /// </summary>
    public async Task WaitForLongPollAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!IsLongPolling)
        {
            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"No getUpdates long poll was waiting within {timeout.TotalMilliseconds:0}ms; recorded calls: {Calls.Count}."));
            }

            await Task.Delay(10).ConfigureAwait(false);
        }
    }

    /// <summary>The URL set with setWebhook, or null (getUpdates answers 409 while a webhook is set).</summary>
    public string? WebhookUrl
    {
        get
        {
            lock (_gate)
            {
                return _webhookUrl;
            }
        }
    }

    /// <summary>
    /// Enqueues an update (any shape) and returns its update_id, which is assigned here (overwriting any given one).
    /// Ids increase from 1000. A waiting getUpdates long poll returns immediately.
    /// </summary>
    public long EnqueueRaw(JsonObject update)
    {
        ArgumentNullException.ThrowIfNull(update);
        var copy = new JsonObject();
        foreach (var (key, value) in update)
        {
            if (key != "update_id")
            {
                copy[key] = value?.DeepClone();
            }
        }

        TaskCompletionSource signal;
        long id;
        lock (_gate)
        {
            id = _nextUpdateId++;
            var withId = new JsonObject { ["update_id"] = id };
            foreach (var (key, value) in copy.ToArray())
            {
                copy.Remove(key);
                withId[key] = value;
            }

            _pendingUpdates.Add(withId);
            signal = _updateEnqueued;
            _updateEnqueued = NewSignal();
        }

        signal.TrySetResult();
        return id;
    }

    /// <summary>
    /// Creates (without enqueuing) an incoming user message with a fresh message_id for the chat, "from", "chat" and
    /// "date" — to be completed by the caller and passed to <see cref="EnqueueMessage"/>.
    /// </summary>
    public JsonObject NewIncomingMessage(long chatId, long userId, string? languageCode = "id", string? firstName = "Sari")
    {
        lock (_gate)
        {
            var user = new JsonObject { ["id"] = userId, ["is_bot"] = false };
            if (firstName is not null)
            {
                user["first_name"] = firstName;
            }

            if (languageCode is not null)
            {
                user["language_code"] = languageCode;
            }

            _users[userId] = user;
            if (chatId > 0 && !_chats.ContainsKey(chatId))
            {
                var chat = new JsonObject { ["id"] = chatId, ["type"] = "private" };
                if (firstName is not null)
                {
                    chat["first_name"] = firstName;
                }

                _chats[chatId] = chat;
            }

            return new JsonObject
            {
                ["message_id"] = NextMessageId(chatId),
                ["from"] = user.DeepClone(),
                ["chat"] = ChatJson(chatId),
                ["date"] = UnixNow(),
            };
        }
    }

    /// <summary>Enqueues a "message" update for a message built with <see cref="NewIncomingMessage"/>.</summary>
    public long EnqueueMessage(JsonObject message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var stored = (JsonObject)message.DeepClone();
        if (stored["chat"]?["id"] is JsonValue chat && stored["message_id"] is JsonValue id)
        {
            lock (_gate)
            {
                StoreMessage(chat.GetValue<long>(), id.GetValue<long>(), stored, outgoing: false);
            }
        }

        return EnqueueRaw(new JsonObject { ["message"] = message.DeepClone() });
    }

    /// <summary>
    /// Enqueues a private-chat text message. Text starting with '/' gets a "bot_command" entity covering the command
    /// (up to the first space/newline), as Telegram does.
    /// </summary>
    public long EnqueueText(long chatId, long userId, string text, string? languageCode = "id", string? firstName = "Sari")
    {
        ArgumentNullException.ThrowIfNull(text);
        var message = NewIncomingMessage(chatId, userId, languageCode, firstName);
        message["text"] = text;
        if (text.StartsWith('/'))
        {
            var end = text.IndexOfAny([' ', '\n']);
            message["entities"] = new JsonArray(new JsonObject
            {
                ["offset"] = 0,
                ["length"] = end < 0 ? text.Length : end,
                ["type"] = "bot_command",
            });
        }

        return EnqueueMessage(message);
    }

    /// <summary>
    /// Enqueues a callback_query for a press on an inline button of the bot message <paramref name="messageId"/>
    /// in <paramref name="chatId"/>. If the fake knows that message (the bot sent it) it is embedded as is, otherwise a
    /// bot message with that id is synthesized (and becomes editable). The query id can be answered exactly once.
    /// </summary>
    public long EnqueueCallback(long chatId, long userId, string data, int messageId)
    {
        ArgumentNullException.ThrowIfNull(data);
        JsonObject callback;
        lock (_gate)
        {
            if (!_messages.TryGetValue((chatId, messageId), out var stored) || !stored.Outgoing || stored.Deleted)
            {
                var synthesized = new JsonObject
                {
                    ["message_id"] = messageId,
                    ["from"] = BotUserJson(),
                    ["chat"] = ChatJson(chatId),
                    ["date"] = UnixNow() - 60,
                    ["text"] = "…",
                };
                stored = StoreMessage(chatId, messageId, synthesized, outgoing: true);
            }

            var queryId = string.Create(CultureInfo.InvariantCulture, $"{(BotId % 1000) + 4_000_000_000_000_000_000L + (++_callbackCounter * 7_919)}");
            _callbackQueries[queryId] = false;
            callback = new JsonObject
            {
                ["id"] = queryId,
                ["from"] = UserJson(userId),
                ["message"] = stored.Message.DeepClone(),
                ["chat_instance"] = string.Create(CultureInfo.InvariantCulture, $"{-(Math.Abs(chatId) * 31 + 5_000_000_000_000_000L)}"),
                ["data"] = data,
            };
        }

        return EnqueueRaw(new JsonObject { ["callback_query"] = callback });
    }

    /// <summary>
    /// Enqueues a photo message; <paramref name="sizes"/> are the PhotoSize variants, smallest first as Telegram sends
    /// them. Photos of one album share <paramref name="mediaGroupId"/> (enqueue one update per photo).
    /// The file ids become known to the fake (usable in sendPhoto), but getFile needs <see cref="AddFile"/>.
    /// </summary>
    public long EnqueuePhoto(long chatId, long userId, string? mediaGroupId, params (string FileId, string UniqueId, int Width, int Height, long Size)[] sizes) =>
        EnqueuePhotoCore(chatId, userId, caption: null, mediaGroupId, sizes);

    /// <summary>Like <see cref="EnqueuePhoto"/>, with a caption.</summary>
    public long EnqueuePhotoWithCaption(long chatId, long userId, string caption, string? mediaGroupId, params (string FileId, string UniqueId, int Width, int Height, long Size)[] sizes) =>
        EnqueuePhotoCore(chatId, userId, caption, mediaGroupId, sizes);

    /// <summary>Enqueues a document message (e.g. an image sent "as file", without compression).</summary>
    public long EnqueueDocument(
        long chatId,
        long userId,
        string fileId,
        string uniqueId,
        string fileName,
        string mimeType,
        long fileSize,
        string? caption = null,
        string? mediaGroupId = null)
    {
        var message = NewIncomingMessage(chatId, userId);
        if (mediaGroupId is not null)
        {
            message["media_group_id"] = mediaGroupId;
        }

        message["document"] = new JsonObject
        {
            ["file_name"] = fileName,
            ["mime_type"] = mimeType,
            ["file_id"] = fileId,
            ["file_unique_id"] = uniqueId,
            ["file_size"] = fileSize,
        };
        if (caption is not null)
        {
            message["caption"] = caption;
        }

        RememberFile(new StoredFile(fileId, uniqueId, null, fileSize, null) { FileName = fileName, MimeType = mimeType });
        return EnqueueMessage(message);
    }

    /// <summary>Enqueues a sticker message (regular static .webp sticker unless told otherwise).</summary>
    public long EnqueueSticker(
        long chatId,
        long userId,
        string fileId,
        string uniqueId,
        string? emoji = "👍",
        bool isAnimated = false,
        bool isVideo = false)
    {
        var message = NewIncomingMessage(chatId, userId);
        var sticker = new JsonObject
        {
            ["width"] = 512,
            ["height"] = 512,
            ["file_id"] = fileId,
            ["file_unique_id"] = uniqueId,
            ["type"] = "regular",
            ["is_animated"] = isAnimated,
            ["is_video"] = isVideo,
            ["file_size"] = 24_576,
        };
        if (emoji is not null)
        {
            sticker["emoji"] = emoji;
        }

        message["sticker"] = sticker;
        RememberFile(new StoredFile(fileId, uniqueId, null, 24_576, null) { Width = 512, Height = 512, MimeType = "image/webp" });
        return EnqueueMessage(message);
    }

    /// <summary>Enqueues a voice note message (OGG/Opus).</summary>
    public long EnqueueVoice(long chatId, long userId, string fileId, string uniqueId, int durationSeconds = 3, long fileSize = 12_288)
    {
        var message = NewIncomingMessage(chatId, userId);
        message["voice"] = new JsonObject
        {
            ["duration"] = durationSeconds,
            ["mime_type"] = "audio/ogg",
            ["file_id"] = fileId,
            ["file_unique_id"] = uniqueId,
            ["file_size"] = fileSize,
        };
        RememberFile(new StoredFile(fileId, uniqueId, null, fileSize, null) { MimeType = "audio/ogg" });
        return EnqueueMessage(message);
    }

    private long EnqueuePhotoCore(long chatId, long userId, string? caption, string? mediaGroupId, (string FileId, string UniqueId, int Width, int Height, long Size)[] sizes)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        if (sizes.Length == 0)
        {
            throw new ArgumentException("A photo needs at least one size.", nameof(sizes));
        }

        var message = NewIncomingMessage(chatId, userId);
        if (mediaGroupId is not null)
        {
            message["media_group_id"] = mediaGroupId;
        }

        var photo = new JsonArray();
        foreach (var size in sizes)
        {
            photo.Add(new JsonObject
            {
                ["file_id"] = size.FileId,
                ["file_unique_id"] = size.UniqueId,
                ["file_size"] = size.Size,
                ["width"] = size.Width,
                ["height"] = size.Height,
            });
            RememberFile(new StoredFile(size.FileId, size.UniqueId, null, size.Size, null) { Width = size.Width, Height = size.Height, MimeType = "image/jpeg" });
        }

        message["photo"] = photo;
        if (caption is not null)
        {
            message["caption"] = caption;
        }

        return EnqueueMessage(message);
    }

    private async Task<JsonNode> GetUpdatesAsync(JsonObject parameters, CancellationToken aborted)
    {
        var offset = ReadLong(parameters, "offset");
        var limit = (int)Math.Clamp(ReadLong(parameters, "limit") ?? 100, 1, 100);
        var timeout = TimeSpan.FromSeconds(Math.Max(0, ReadLong(parameters, "timeout") ?? 0));

        // Deliberately never disposed: a newer request may cancel it after this one has finished.
        var poll = new CancellationTokenSource();
        CancellationTokenSource? superseded;
        lock (_gate)
        {
            if (_webhookUrl is not null)
            {
                throw new BotApiError(409, WebhookConflict);
            }

            if (offset is { } o)
            {
                _offsets.Add(o);
                ApplyOffset(o);
            }

            if (parameters["allowed_updates"] is JsonArray allowed)
            {
                _allowedUpdates = allowed.Count == 0
                    ? null
                    : [.. allowed.Select(a => a?.GetValueKind() == JsonValueKind.String ? a.GetValue<string>() : a?.ToJsonString() ?? string.Empty)];
            }

            // Like Telegram: a new getUpdates terminates a concurrent one with 409 Conflict.
            superseded = _activePoll;
            _activePoll = poll;
        }

        if (superseded is not null)
        {
            await superseded.CancelAsync().ConfigureAwait(false);
        }

        try
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(aborted, poll.Token, _stopping.Token);
            var deadline = DateTime.UtcNow + timeout;
            while (true)
            {
                Task enqueued;
                lock (_gate)
                {
                    var batch = _pendingUpdates
                        .Where(u => offset is not > 0 || u["update_id"]!.GetValue<long>() >= offset)
                        .Where(IsAllowed)
                        .Take(limit)
                        .Select(u => u.DeepClone())
                        .ToArray();
                    if (batch.Length > 0)
                    {
                        return new JsonArray(batch);
                    }

                    enqueued = _updateEnqueued.Task;
                }

                var remaining = deadline - DateTime.UtcNow;
                if (remaining <= TimeSpan.Zero)
                {
                    return new JsonArray();
                }

                try
                {
                    await enqueued.WaitAsync(remaining, linked.Token).ConfigureAwait(false);
                }
                catch (TimeoutException)
                {
                    return new JsonArray();
                }
                catch (OperationCanceledException) when (!aborted.IsCancellationRequested && poll.IsCancellationRequested)
                {
                    throw new BotApiError(409);
                }
                catch (OperationCanceledException) when (!aborted.IsCancellationRequested && _stopping.IsCancellationRequested)
                {
                    return new JsonArray();
                }
            }
        }
        finally
        {
            lock (_gate)
            {
                if (_activePoll == poll)
                {
                    _activePoll = null;
                }
            }
        }
    }

    private void ApplyOffset(long offset)
    {
        if (offset > 0)
        {
            _pendingUpdates.RemoveAll(u => u["update_id"]!.GetValue<long>() < offset);
            _confirmedOffset = Math.Max(_confirmedOffset, offset);
        }
        else if (offset < 0)
        {
            // "Updates starting from -offset update from the end of the queue; all previous updates are forgotten."
            var keep = (int)Math.Min(-offset, int.MaxValue);
            if (_pendingUpdates.Count > keep)
            {
                _pendingUpdates.RemoveRange(0, _pendingUpdates.Count - keep);
            }
        }
    }

    private bool IsAllowed(JsonObject update)
    {
        if (_allowedUpdates is null)
        {
            return true;
        }

        var type = update.Select(p => p.Key).FirstOrDefault(k => k != "update_id");
        return type is not null && _allowedUpdates.Contains(type);
    }

    private JsonNode SetWebhook(JsonObject parameters)
    {
        var url = ReadString(parameters, "url");
        lock (_gate)
        {
            _webhookUrl = string.IsNullOrEmpty(url) ? null : url;
            if (ReadBool(parameters, "drop_pending_updates"))
            {
                _pendingUpdates.Clear();
            }
        }

        return true;
    }

    private JsonNode DeleteWebhook(JsonObject parameters)
    {
        lock (_gate)
        {
            _webhookUrl = null;
            if (ReadBool(parameters, "drop_pending_updates"))
            {
                _pendingUpdates.Clear();
            }
        }

        return true;
    }

    private JsonNode GetWebhookInfo()
    {
        lock (_gate)
        {
            var info = new JsonObject
            {
                ["url"] = _webhookUrl ?? string.Empty,
                ["has_custom_certificate"] = false,
                ["pending_update_count"] = _pendingUpdates.Count,
            };
            if (_webhookUrl is not null)
            {
                info["max_connections"] = 40;
                info["ip_address"] = "127.0.0.1";
            }

            return info;
        }
    }

    private bool TryAnswerCallbackQuery(string queryId)
    {
        lock (_gate)
        {
            if (!_callbackQueries.TryGetValue(queryId, out var answered) || answered)
            {
                return false;
            }

            _callbackQueries[queryId] = true;
            return true;
        }
    }
}
