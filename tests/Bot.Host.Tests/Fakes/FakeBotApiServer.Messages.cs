using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.Host.Tests.Fakes;

public sealed partial class FakeBotApiServer
{
    private const string NotModified =
        "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";

    private static readonly HashSet<string> ChatActions = new(StringComparer.Ordinal)
    {
        "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice", "upload_document",
        "choose_sticker", "find_location", "record_video_note", "upload_video_note",
    };

    private readonly Dictionary<(long Chat, long Id), StoredMessage> _messages = [];
    private readonly Dictionary<long, long> _lastMessageIds = [];
    private readonly Dictionary<long, JsonObject> _chats = [];
    private readonly Dictionary<long, JsonObject> _users = [];
    private readonly Dictionary<string, long> _usernameChats = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, JsonArray> _commands = new(StringComparer.Ordinal);
    private long _mediaGroupCounter;

    /// <summary>
    /// Current state of a message the fake knows (sent by the bot, enqueued, or synthesized for a callback), after
    /// edits; null if unknown or deleted.
    /// </summary>
    public JsonObject? GetMessage(long chatId, long messageId)
    {
        lock (_gate)
        {
            return _messages.TryGetValue((chatId, messageId), out var stored) && !stored.Deleted
                ? (JsonObject)stored.Message.DeepClone()
                : null;
        }
    }

    private static long UnixNow() => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    private static string? ReadString(JsonObject parameters, string name) => parameters[name] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonNode n => n.ToJsonString(),
    };

    private static long? ReadLong(JsonObject parameters, string name)
    {
        if (parameters[name] is not JsonValue value)
        {
            return null;
        }

        if (value.TryGetValue<long>(out var number))
        {
            return number;
        }

        return value.GetValueKind() == JsonValueKind.String
            && long.TryParse(value.GetValue<string>(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : throw BotApiError.BadRequest($"wrong parameter {name} in request");
    }

    private static bool ReadBool(JsonObject parameters, string name) => parameters[name] switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.True => true,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => string.Equals(v.GetValue<string>(), "true", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    private long ResolveChatId(JsonObject parameters)
    {
        if (parameters["chat_id"] is JsonValue value && value.GetValueKind() == JsonValueKind.String
            && value.GetValue<string>() is { Length: > 1 } name && name[0] == '@')
        {
            lock (_gate)
            {
                if (!_usernameChats.TryGetValue(name, out var id))
                {
                    _usernameChats[name] = id = -1_001_000_000_000 - _usernameChats.Count;
                    _chats[id] = new JsonObject { ["id"] = id, ["title"] = name[1..], ["username"] = name[1..], ["type"] = "channel" };
                }

                return id;
            }
        }

        return ReadLong(parameters, "chat_id") ?? throw BotApiError.BadRequest("chat_id is empty");
    }

    private static long RequireMessageId(JsonObject parameters) =>
        ReadLong(parameters, "message_id") ?? throw BotApiError.BadRequest("message identifier is not specified");

    private long NextMessageId(long chatId)
    {
        var next = _lastMessageIds.GetValueOrDefault(chatId) + 1;
        _lastMessageIds[chatId] = next;
        return next;
    }

    private StoredMessage StoreMessage(long chatId, long messageId, JsonObject message, bool outgoing)
    {
        var stored = new StoredMessage(message, outgoing);
        _messages[(chatId, messageId)] = stored;
        if (_lastMessageIds.GetValueOrDefault(chatId) < messageId)
        {
            _lastMessageIds[chatId] = messageId;
        }

        return stored;
    }

    private JsonObject ChatJson(long chatId)
    {
        if (_chats.TryGetValue(chatId, out var chat))
        {
            return (JsonObject)chat.DeepClone();
        }

        return chatId switch
        {
            > 0 => new JsonObject { ["id"] = chatId, ["first_name"] = "Pengguna", ["type"] = "private" },
            <= -1_000_000_000_000 => new JsonObject { ["id"] = chatId, ["title"] = "Grup UMKM Kediri", ["type"] = "supergroup" },
            _ => new JsonObject { ["id"] = chatId, ["title"] = "Grup UMKM", ["type"] = "group" },
        };
    }

    private JsonObject UserJson(long userId) => _users.TryGetValue(userId, out var user)
        ? (JsonObject)user.DeepClone()
        : new JsonObject { ["id"] = userId, ["is_bot"] = false, ["first_name"] = "Sari", ["language_code"] = "id" };

    private JsonObject BotUserJson() => new()
    {
        ["id"] = BotId,
        ["is_bot"] = true,
        ["first_name"] = BotFirstName,
        ["username"] = BotUsername,
    };

    private JsonObject NewOutgoingMessage(long chatId, JsonObject parameters)
    {
        var message = new JsonObject
        {
            ["message_id"] = NextMessageId(chatId),
            ["from"] = BotUserJson(),
            ["chat"] = ChatJson(chatId),
            ["date"] = UnixNow(),
        };

        var replyTo = parameters["reply_parameters"]?["message_id"] ?? parameters["reply_to_message_id"];
        if (replyTo is JsonValue replyId && replyId.TryGetValue<long>(out var replyMessageId)
            && _messages.TryGetValue((chatId, replyMessageId), out var original) && !original.Deleted)
        {
            var quoted = (JsonObject)original.Message.DeepClone();
            quoted.Remove("reply_to_message");
            message["reply_to_message"] = quoted;
        }

        return message;
    }

    private JsonNode GetMe() => new JsonObject
    {
        ["id"] = BotId,
        ["is_bot"] = true,
        ["first_name"] = BotFirstName,
        ["username"] = BotUsername,
        ["can_join_groups"] = true,
        ["can_read_all_group_messages"] = false,
        ["supports_inline_queries"] = false,
        ["can_connect_to_business"] = false,
        ["has_main_web_app"] = false,
    };

    private static string CommandScopeKey(JsonObject parameters) =>
        (parameters["scope"]?.ToJsonString() ?? "{\"type\":\"default\"}") + "|" + (ReadString(parameters, "language_code") ?? string.Empty);

    private JsonNode SetMyCommands(JsonObject parameters)
    {
        if (parameters["commands"] is not JsonArray commands)
        {
            throw BotApiError.BadRequest("parameter \"commands\" is required");
        }

        if (commands.Count > 100)
        {
            throw BotApiError.BadRequest("BOT_COMMANDS_TOO_MUCH");
        }

        foreach (var command in commands)
        {
            var name = command?["command"]?.GetValue<string>();
            if (name is null || name.Length is 0 or > 32 || !name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
            {
                throw BotApiError.BadRequest("BOT_COMMAND_INVALID");
            }

            if (command?["description"]?.GetValue<string>() is not { Length: > 0 and <= 256 })
            {
                throw BotApiError.BadRequest("BOT_COMMAND_DESCRIPTION_INVALID");
            }
        }

        lock (_gate)
        {
            _commands[CommandScopeKey(parameters)] = (JsonArray)commands.DeepClone();
        }

        return true;
    }

    private JsonNode GetMyCommands(JsonObject parameters)
    {
        lock (_gate)
        {
            return _commands.TryGetValue(CommandScopeKey(parameters), out var commands) ? commands.DeepClone() : new JsonArray();
        }
    }

    private JsonNode DeleteMyCommands(JsonObject parameters)
    {
        lock (_gate)
        {
            _commands.Remove(CommandScopeKey(parameters));
        }

        return true;
    }

    /// <summary>Validates reply_markup; returns the inline keyboard to echo in the Message (other markups are not echoed).</summary>
    private static JsonObject? ValidateReplyMarkup(JsonObject parameters)
    {
        var node = parameters["reply_markup"];
        if (node is null)
        {
            return null;
        }

        if (node is not JsonObject markup)
        {
            throw BotApiError.BadRequest("can't parse reply keyboard markup JSON object");
        }

        if (markup["inline_keyboard"] is not { } keyboard)
        {
            return null;
        }

        if (keyboard is not JsonArray rows || rows.Any(r => r is not JsonArray))
        {
            throw BotApiError.BadRequest("can't parse inline keyboard button: InlineKeyboardMarkup must be an Array of Arrays");
        }

        foreach (var button in rows.SelectMany(r => r!.AsArray()))
        {
            if (button is not JsonObject b || b["text"] is not JsonValue text || text.GetValueKind() != JsonValueKind.String)
            {
                throw BotApiError.BadRequest("can't parse inline keyboard button: Field \"text\" must be of type String");
            }

            if (b["callback_data"] is JsonValue data)
            {
                var bytes = Encoding.UTF8.GetByteCount(data.GetValue<string>());
                if (bytes is 0 or > 64)
                {
                    throw BotApiError.BadRequest("BUTTON_DATA_INVALID");
                }
            }
            else if (b["url"] is JsonValue url)
            {
                if (!Uri.TryCreate(url.GetValue<string>(), UriKind.Absolute, out _))
                {
                    throw BotApiError.BadRequest("BUTTON_URL_INVALID");
                }
            }
            else if (!b.Any(p => p.Key != "text" && p.Key != "style" && p.Key != "icon_custom_emoji_id"))
            {
                throw BotApiError.BadRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
            }
        }

        return new JsonObject { ["inline_keyboard"] = rows.DeepClone() };
    }

    private static string RenderText(JsonObject parameters)
    {
        var text = ReadString(parameters, "text");
        if (string.IsNullOrWhiteSpace(text))
        {
            throw BotApiError.BadRequest("message text is empty");
        }

        var rendered = TelegramMarkup.Render(text, ReadString(parameters, "parse_mode"));
        if (string.IsNullOrWhiteSpace(rendered))
        {
            throw BotApiError.BadRequest("message text is empty");
        }

        if (rendered.Length > 4096)
        {
            throw BotApiError.BadRequest("message is too long");
        }

        return rendered;
    }

    private static string? RenderCaption(JsonObject parameters)
    {
        var caption = ReadString(parameters, "caption");
        if (caption is null)
        {
            return null;
        }

        var rendered = TelegramMarkup.Render(caption, ReadString(parameters, "parse_mode"));
        if (rendered.Length > 1024)
        {
            throw BotApiError.BadRequest("message caption is too long");
        }

        return rendered.Length == 0 ? null : rendered;
    }

    private JsonNode SendMessage(JsonObject parameters)
    {
        var chatId = ResolveChatId(parameters);
        var text = RenderText(parameters);
        var markup = ValidateReplyMarkup(parameters);
        lock (_gate)
        {
            var message = NewOutgoingMessage(chatId, parameters);
            message["text"] = text;
            if (markup is not null)
            {
                message["reply_markup"] = markup;
            }

            StoreMessage(chatId, message["message_id"]!.GetValue<long>(), message, outgoing: true);
            return message.DeepClone();
        }
    }

    /// <summary>Finds the bot message to edit (synthesizing unknown ones, leniently); throws Telegram's errors.</summary>
    private StoredMessage MessageToEdit(long chatId, long messageId)
    {
        if (_messages.TryGetValue((chatId, messageId), out var stored))
        {
            if (stored.Deleted)
            {
                throw BotApiError.BadRequest("message to edit not found");
            }

            if (!stored.Outgoing)
            {
                throw BotApiError.BadRequest("message can't be edited");
            }

            return stored;
        }

        var synthesized = new JsonObject
        {
            ["message_id"] = messageId,
            ["from"] = BotUserJson(),
            ["chat"] = ChatJson(chatId),
            ["date"] = UnixNow() - 60,
            ["text"] = "…",
        };
        return StoreMessage(chatId, messageId, synthesized, outgoing: true);
    }

    private static void ApplyMarkup(JsonObject message, JsonObject? markup)
    {
        if (markup is null)
        {
            message.Remove("reply_markup");
        }
        else
        {
            message["reply_markup"] = markup;
        }
    }

    private JsonNode EditMessageText(JsonObject parameters)
    {
        var text = RenderText(parameters);
        var markup = ValidateReplyMarkup(parameters);
        if (parameters["inline_message_id"] is not null)
        {
            return true;
        }

        var chatId = ResolveChatId(parameters);
        var messageId = RequireMessageId(parameters);
        lock (_gate)
        {
            var message = MessageToEdit(chatId, messageId).Message;
            if (message["text"] is not JsonValue current)
            {
                throw BotApiError.BadRequest("there is no text in the message to edit");
            }

            if (current.GetValue<string>() == text && JsonNode.DeepEquals(message["reply_markup"], markup))
            {
                throw BotApiError.BadRequest(NotModified);
            }

            message["text"] = text;
            ApplyMarkup(message, markup);
            message["edit_date"] = UnixNow();
            return message.DeepClone();
        }
    }

    private JsonNode EditMessageCaption(JsonObject parameters)
    {
        var caption = RenderCaption(parameters);
        var markup = ValidateReplyMarkup(parameters);
        if (parameters["inline_message_id"] is not null)
        {
            return true;
        }

        var chatId = ResolveChatId(parameters);
        var messageId = RequireMessageId(parameters);
        lock (_gate)
        {
            var message = MessageToEdit(chatId, messageId).Message;
            if (message["text"] is not null)
            {
                throw BotApiError.BadRequest("there is no caption in the message to edit");
            }

            if (ReadString(message, "caption") == caption && JsonNode.DeepEquals(message["reply_markup"], markup))
            {
                throw BotApiError.BadRequest(NotModified);
            }

            if (caption is null)
            {
                message.Remove("caption");
            }
            else
            {
                message["caption"] = caption;
            }

            ApplyMarkup(message, markup);
            message["edit_date"] = UnixNow();
            return message.DeepClone();
        }
    }

    private JsonNode EditMessageReplyMarkup(JsonObject parameters)
    {
        var markup = ValidateReplyMarkup(parameters);
        if (parameters["inline_message_id"] is not null)
        {
            return true;
        }

        var chatId = ResolveChatId(parameters);
        var messageId = RequireMessageId(parameters);
        lock (_gate)
        {
            var message = MessageToEdit(chatId, messageId).Message;
            if (JsonNode.DeepEquals(message["reply_markup"], markup))
            {
                throw BotApiError.BadRequest(NotModified);
            }

            ApplyMarkup(message, markup);
            message["edit_date"] = UnixNow();
            return message.DeepClone();
        }
    }

    private JsonNode DeleteMessage(JsonObject parameters)
    {
        var chatId = ResolveChatId(parameters);
        var messageId = RequireMessageId(parameters);
        lock (_gate)
        {
            if (_messages.TryGetValue((chatId, messageId), out var stored))
            {
                if (stored.Deleted)
                {
                    throw BotApiError.BadRequest("message to delete not found");
                }

                stored.Deleted = true;
            }
            else
            {
                StoreMessage(chatId, messageId, new JsonObject { ["message_id"] = messageId }, outgoing: true).Deleted = true;
            }
        }

        return true;
    }

    private JsonNode DeleteMessages(JsonObject parameters)
    {
        var chatId = ResolveChatId(parameters);
        if (parameters["message_ids"] is not JsonArray ids || ids.Count is 0 or > 100)
        {
            throw BotApiError.BadRequest("message identifiers are not specified");
        }

        lock (_gate)
        {
            foreach (var id in ids)
            {
                if (id is JsonValue value && value.TryGetValue<long>(out var messageId))
                {
                    if (_messages.TryGetValue((chatId, messageId), out var stored))
                    {
                        stored.Deleted = true;
                    }
                }
            }
        }

        return true;
    }

    private static JsonNode SendChatAction(JsonObject parameters)
    {
        if (ReadString(parameters, "action") is not { } action || !ChatActions.Contains(action))
        {
            throw BotApiError.BadRequest("wrong parameter action in request");
        }

        return true;
    }

    private JsonNode AnswerCallbackQuery(JsonObject parameters)
    {
        var queryId = ReadString(parameters, "callback_query_id");
        if (string.IsNullOrEmpty(queryId) || !TryAnswerCallbackQuery(queryId))
        {
            throw BotApiError.BadRequest("query is too old and response timeout expired or query ID is invalid");
        }

        if (ReadString(parameters, "text") is { Length: > 200 })
        {
            throw BotApiError.BadRequest("MESSAGE_TOO_LONG");
        }

        return true;
    }

    /// <summary>sendPhoto / sendDocument: <paramref name="field"/> names the parameter holding the file.</summary>
    private JsonNode SendMedia(JsonObject parameters, IReadOnlyList<RecordedFilePart> files, string field, MediaKind kind)
    {
        var chatId = ResolveChatId(parameters);
        var caption = RenderCaption(parameters);
        var markup = ValidateReplyMarkup(parameters);
        var file = ResolveInputFile(ReadString(parameters, field), files, kind);
        lock (_gate)
        {
            var message = NewOutgoingMessage(chatId, parameters);
            AttachMedia(message, kind, file, caption);
            if (markup is not null)
            {
                message["reply_markup"] = markup;
            }

            StoreMessage(chatId, message["message_id"]!.GetValue<long>(), message, outgoing: true);
            return message.DeepClone();
        }
    }

    private JsonNode SendMediaGroup(JsonObject parameters, IReadOnlyList<RecordedFilePart> files)
    {
        var chatId = ResolveChatId(parameters);
        if (parameters["media"] is not JsonArray media || media.Count == 0)
        {
            throw BotApiError.BadRequest("parameter \"media\" is required");
        }

        if (media.Count > 10)
        {
            throw BotApiError.BadRequest("too many messages to send as an album");
        }

        var items = new List<(MediaKind Kind, StoredFile File, string? Caption)>();
        foreach (var item in media)
        {
            if (item is not JsonObject input)
            {
                throw BotApiError.BadRequest("can't parse InputMedia: expected an Object");
            }

            var kind = ReadString(input, "type") switch
            {
                "photo" => MediaKind.Photo,
                "document" => MediaKind.Document,
                "video" => MediaKind.Video,
                "audio" => MediaKind.Audio,
                var other => throw BotApiError.BadRequest($"unsupported media type \"{other}\" in media group"),
            };
            items.Add((kind, ResolveInputFile(ReadString(input, "media"), files, kind), RenderCaption(input)));
        }

        lock (_gate)
        {
            var groupId = string.Create(CultureInfo.InvariantCulture, $"{13_950_000_000_000_000 + ++_mediaGroupCounter}");
            var messages = new JsonArray();
            foreach (var (kind, file, caption) in items)
            {
                var message = NewOutgoingMessage(chatId, parameters);
                message["media_group_id"] = groupId;
                AttachMedia(message, kind, file, caption);
                StoreMessage(chatId, message["message_id"]!.GetValue<long>(), message, outgoing: true);
                messages.Add(message.DeepClone());
            }

            return messages;
        }
    }

    private JsonNode Dispatch(string method, JsonObject parameters, IReadOnlyList<RecordedFilePart> files) => method switch
    {
        "getMe" => GetMe(),
        "logOut" or "close" => true,
        "setWebhook" => SetWebhook(parameters),
        "deleteWebhook" => DeleteWebhook(parameters),
        "getWebhookInfo" => GetWebhookInfo(),
        "setMyCommands" => SetMyCommands(parameters),
        "getMyCommands" => GetMyCommands(parameters),
        "deleteMyCommands" => DeleteMyCommands(parameters),
        "setMyDescription" or "setMyShortDescription" or "setMyName" or "setChatMenuButton" => true,
        "sendMessage" => SendMessage(parameters),
        "editMessageText" => EditMessageText(parameters),
        "editMessageCaption" => EditMessageCaption(parameters),
        "editMessageReplyMarkup" => EditMessageReplyMarkup(parameters),
        "deleteMessage" => DeleteMessage(parameters),
        "deleteMessages" => DeleteMessages(parameters),
        "sendChatAction" => SendChatAction(parameters),
        "answerCallbackQuery" => AnswerCallbackQuery(parameters),
        "sendPhoto" => SendMedia(parameters, files, "photo", MediaKind.Photo),
        "sendDocument" => SendMedia(parameters, files, "document", MediaKind.Document),
        "sendMediaGroup" => SendMediaGroup(parameters, files),
        "getFile" => GetFile(parameters),
        _ => throw new BotApiError(404),
    };

    private async Task<JsonNode> DispatchAsync(string method, JsonObject parameters, IReadOnlyList<RecordedFilePart> files, CancellationToken aborted)
    {
        Func<JsonObject, JsonNode>? custom;
        lock (_gate)
        {
            custom = _customHandlers.GetValueOrDefault(method);
        }

        if (custom is null && method == "getUpdates")
        {
            return await GetUpdatesAsync(parameters, aborted).ConfigureAwait(false);
        }

        CheckChatPolicies(method, parameters);
        return custom is not null ? custom(parameters) : Dispatch(method, parameters, files);
    }

    private static readonly Dictionary<string, string> CanonicalMethodNames = new[]
    {
        "getMe", "logOut", "close", "getUpdates", "setWebhook", "deleteWebhook", "getWebhookInfo", "setMyCommands",
        "getMyCommands", "deleteMyCommands", "setMyDescription", "setMyShortDescription", "setMyName",
        "setChatMenuButton", "sendMessage", "editMessageText", "editMessageCaption", "editMessageReplyMarkup",
        "deleteMessage", "deleteMessages", "sendChatAction", "answerCallbackQuery", "sendPhoto", "sendDocument",
        "sendMediaGroup", "getFile",
    }.ToDictionary(m => m, StringComparer.OrdinalIgnoreCase);

    /// <summary>Bot API method names are case-insensitive.</summary>
    private static string CanonicalMethodName(string method) => CanonicalMethodNames.GetValueOrDefault(method, method);

    private sealed class StoredMessage(JsonObject message, bool outgoing)
    {
        public JsonObject Message { get; } = message;

        public bool Outgoing { get; } = outgoing;

        public bool Deleted { get; set; }
    }
}
