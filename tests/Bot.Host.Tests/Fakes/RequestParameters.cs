using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Bot.Host.Tests.Fakes;

/// <summary>
/// Normalizes the parameters of a Bot API request (query string, JSON body, urlencoded or multipart form) into one
/// <see cref="JsonObject"/>, like the real Bot API which accepts all of them.
/// </summary>
internal static class RequestParameters
{
    // Form values are strings on the wire; these are converted so that tests can read them the same way whatever
    // encoding the client chose (Telegram.Bot sends JSON, but multipart for uploads).
    private static readonly HashSet<string> IntegerKeys = new(StringComparer.Ordinal)
    {
        "chat_id", "from_chat_id", "message_id", "message_thread_id", "reply_to_message_id", "user_id", "offset",
        "limit", "timeout", "cache_time", "duration", "width", "height", "max_connections", "until_date",
    };

    private static readonly HashSet<string> BooleanKeys = new(StringComparer.Ordinal)
    {
        "disable_notification", "protect_content", "show_alert", "drop_pending_updates", "has_spoiler",
        "disable_content_type_detection", "allow_sending_without_reply", "disable_web_page_preview",
        "show_caption_above_media", "allow_paid_broadcast", "supports_streaming", "is_personal",
    };

    public static async Task<(JsonObject Parameters, IReadOnlyList<RecordedFilePart> Files)> ReadAsync(
        HttpRequest request,
        CancellationToken cancellationToken)
    {
        var parameters = new JsonObject();
        foreach (var (key, value) in request.Query)
        {
            parameters[key] = Normalize(key, value.ToString());
        }

        var files = new List<RecordedFilePart>();
        if (request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidDataException ex)
            {
                throw BotApiError.BadRequest("can't parse request: " + ex.Message);
            }

            foreach (var (key, value) in form)
            {
                parameters[key] = Normalize(key, value.ToString());
            }

            foreach (var file in form.Files)
            {
                using var content = new MemoryStream();
                await file.CopyToAsync(content, cancellationToken).ConfigureAwait(false);
                var contentType = string.IsNullOrEmpty(file.ContentType) ? "application/octet-stream" : file.ContentType;
                files.Add(new RecordedFilePart(file.Name, file.FileName, contentType, content.ToArray()));
            }

            return (parameters, files);
        }

        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken).ConfigureAwait(false);
        if (body.Length == 0)
        {
            return (parameters, files);
        }

        JsonNode? parsed;
        try
        {
            parsed = JsonNode.Parse(body.ToArray());
        }
        catch (JsonException)
        {
            throw BotApiError.BadRequest("can't parse JSON object");
        }

        if (parsed is not JsonObject json)
        {
            throw BotApiError.BadRequest("JSON object expected");
        }

        foreach (var (key, value) in json.ToArray())
        {
            json.Remove(key);
            parameters[key] = value;
        }

        return (parameters, files);
    }

    private static JsonNode? Normalize(string key, string value)
    {
        if (value.Length > 0 && value[0] is '{' or '[')
        {
            try
            {
                return JsonNode.Parse(value);
            }
            catch (JsonException)
            {
                return JsonValue.Create(value);
            }
        }

        if (IntegerKeys.Contains(key) && long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return JsonValue.Create(number);
        }

        // Telegram.Bot's multipart encoding writes booleans as "True"/"False" (JsonElement.ToString()).
        if (BooleanKeys.Contains(key) && bool.TryParse(value, out var flag))
        {
            return JsonValue.Create(flag);
        }

        return JsonValue.Create(value);
    }
}
