using System.Globalization;
using System.Text.Json.Nodes;

namespace Bot.Host.Tests.Discord.Fakes;

public sealed partial class FakeDiscordServer
{
    private readonly Dictionary<string, JsonObject> _messages = new(StringComparer.Ordinal);

    /// <summary>A message the bot created (as last edited), or null.</summary>
    public JsonObject? GetMessage(string messageId) => Read(() => _messages.GetValueOrDefault(messageId)?.DeepClone().AsObject());

    private JsonObject CreateMessage(string channelId, JsonObject payload, IReadOnlyList<RecordedPart> parts)
    {
        var files = Files(parts);
        var content = Text(payload, "content");
        if (string.IsNullOrEmpty(content) && payload["embeds"] is not JsonArray { Count: > 0 } && payload["components"] is not JsonArray { Count: > 0 } && files.Count == 0)
        {
            throw new FakeDiscordError(400, 50006, "Cannot send an empty message");
        }

        var message = NewMessage(channelId, payload);
        message["attachments"] = new JsonArray([.. NewAttachments(channelId, payload, files)]);
        if (payload["message_reference"] is JsonObject reference)
        {
            message["message_reference"] = reference.DeepClone();
            message["type"] = 19;
        }

        return Store(message);
    }

    private JsonObject EditMessage(string channelId, string messageId, JsonObject payload, IReadOnlyList<RecordedPart> parts)
    {
        var files = Files(parts);
        lock (_gate)
        {
            if (!_messages.TryGetValue(messageId, out var message) || Text(message, "channel_id") != channelId)
            {
                throw new FakeDiscordError(404, 10008, "Unknown Message");
            }

            Apply(message, payload);
            var existing = message["attachments"] as JsonArray ?? [];
            var kept = payload["attachments"] is JsonArray listed
                ? existing.Where(a => listed.Any(l => Id(l) == Text(a as JsonObject, "id"))).Select(a => a!.DeepClone())
                : existing.Select(a => a!.DeepClone());
            message["attachments"] = new JsonArray([.. kept, .. NewAttachments(channelId, payload, files)]);
            message["edited_timestamp"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
            return message.DeepClone().AsObject();
        }
    }

    private JsonObject NewMessage(string channelId, JsonObject payload)
    {
        var message = new JsonObject
        {
            ["id"] = NewSnowflake(),
            ["channel_id"] = channelId,
            ["guild_id"] = GuildId,
            ["author"] = new JsonObject { ["id"] = BotUserId, ["username"] = BotUsername, ["bot"] = true },
            ["content"] = string.Empty,
            ["embeds"] = new JsonArray(),
            ["components"] = new JsonArray(),
            ["mentions"] = new JsonArray(),
            ["attachments"] = new JsonArray(),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            ["type"] = 0,
            ["flags"] = 0,
        };
        Apply(message, payload);
        return message;
    }

    private static void Apply(JsonObject message, JsonObject payload)
    {
        if (Text(payload, "content") is { Length: > 2000 })
        {
            throw FakeDiscordError.InvalidForm("content: Must be 2000 or fewer in length.");
        }

        if (payload["embeds"] is JsonArray { Count: > 10 })
        {
            throw FakeDiscordError.InvalidForm("embeds: Must be 10 or fewer in length.");
        }

        foreach (var key in new[] { "content", "embeds", "components", "flags" })
        {
            if (payload.ContainsKey(key))
            {
                message[key] = payload[key]?.DeepClone();
            }
        }
    }

    /// <summary>New attachments for the files[n] parts, described by the payload's attachments entry with id n.</summary>
    private IEnumerable<JsonObject> NewAttachments(string channelId, JsonObject payload, IReadOnlyList<(int Index, RecordedPart Part)> files)
    {
        var listed = payload["attachments"] as JsonArray ?? [];
        foreach (var (index, part) in files)
        {
            var entry = listed.OfType<JsonObject>().FirstOrDefault(a => Id(a) == index.ToString(CultureInfo.InvariantCulture));
            if (listed.Count > 0 && entry is null)
            {
                throw FakeDiscordError.InvalidForm($"attachments: files[{index}] is not listed in payload_json.attachments");
            }

            var id = NewSnowflake();
            var fileName = Text(entry, "filename") ?? part.FileName!;
            yield return new JsonObject
            {
                ["id"] = id,
                ["filename"] = fileName,
                ["description"] = Text(entry, "description"),
                ["content_type"] = part.ContentType,
                ["size"] = part.Content.Length,
                ["url"] = $"{BaseUrl}/attachments/{channelId}/{id}/{fileName}",
                ["proxy_url"] = $"{BaseUrl}/attachments/{channelId}/{id}/{fileName}",
            };
        }
    }

    private static List<(int Index, RecordedPart Part)> Files(IReadOnlyList<RecordedPart> parts) =>
        [.. parts.Where(p => p.FileName is not null && p.Name.StartsWith("files[", StringComparison.Ordinal) && p.Name.EndsWith(']'))
            .Select(p => (int.Parse(p.Name[6..^1], CultureInfo.InvariantCulture), p))];

    private static string? Id(JsonNode? attachment) => attachment?["id"] switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonValue value when value.TryGetValue<long>(out var number) => number.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    private JsonObject Store(JsonObject message)
    {
        lock (_gate)
        {
            _messages[Text(message, "id")!] = message;
            return message.DeepClone().AsObject();
        }
    }
}
