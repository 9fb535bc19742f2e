using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.Host.Tests.Fakes;

/// <summary>
/// One request received by <see cref="FakeBotApiServer"/>, successful or not.
/// </summary>
/// <param name="Method">Canonical Bot API method name (e.g. "sendMessage"), or "download" for file downloads.</param>
/// <param name="Parameters">
/// Normalized parameters (query string + JSON body, or form fields). Form/multipart values that hold JSON
/// (reply_markup, media, ...) are parsed into JSON nodes; well-known integer and boolean parameters are converted
/// to JSON numbers/booleans, everything else stays a string.
/// </param>
/// <param name="Files">File parts of a multipart request (empty otherwise).</param>
/// <param name="At">When the request arrived at the server.</param>
/// <param name="StatusCode">
/// HTTP status returned: 200 on success, the Bot API error code otherwise, 0 when the fake aborted the connection,
/// 499 when the client went away before a response was written (e.g. a cancelled long poll).
/// </param>
public sealed record RecordedCall(
    string Method,
    JsonObject Parameters,
    IReadOnlyList<RecordedFilePart> Files,
    DateTimeOffset At,
    int StatusCode)
{
    /// <summary>True when the server answered 200 OK.</summary>
    public bool Succeeded => StatusCode == 200;

    /// <summary>The "result" returned to the client (null for failed calls).</summary>
    public JsonNode? Result { get; init; }

    /// <summary>The "description" returned to the client for failed calls.</summary>
    public string? ErrorDescription { get; init; }

    /// <summary>chat_id as a number (null when absent or a @username).</summary>
    public long? ChatId => GetLong("chat_id");

    /// <summary>The "text" parameter, if any.</summary>
    public string? Text => GetString("text");

    /// <summary>The reply_markup parameter as JSON (already parsed for multipart requests).</summary>
    public JsonObject? ReplyMarkup => Parameters["reply_markup"] as JsonObject;

    /// <summary>Reads a parameter as a string whatever its JSON kind (objects/arrays as compact JSON).</summary>
    public string? GetString(string name) => Parameters[name] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonNode n => n.ToJsonString(),
    };

    /// <summary>Reads a parameter as an integer, accepting both JSON numbers and numeric strings.</summary>
    public long? GetLong(string name)
    {
        if (Parameters[name] is not JsonValue v)
        {
            return null;
        }

        if (v.TryGetValue<long>(out var number))
        {
            return number;
        }

        return v.GetValueKind() == JsonValueKind.String
            && long.TryParse(v.GetValue<string>(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : null;
    }

    /// <summary>
    /// Resolves a parameter of the form "attach://N" to the uploaded file part named N
    /// (e.g. <c>call.GetAttachedFile("document")</c> for sendDocument).
    /// </summary>
    public RecordedFilePart? GetAttachedFile(string parameter) => ResolveAttachment(GetString(parameter));

    /// <summary>Resolves an "attach://N" reference (e.g. from an InputMedia "media" field) to its file part.</summary>
    public RecordedFilePart? ResolveAttachment(string? reference)
    {
        const string prefix = "attach://";
        if (reference is null || !reference.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var name = reference[prefix.Length..];
        return Files.FirstOrDefault(f => f.Name == name);
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var parameters = Parameters.ToJsonString();
        if (parameters.Length > 300)
        {
            parameters = string.Concat(parameters.AsSpan(0, 300), "…");
        }

        var files = Files.Count == 0 ? string.Empty : $" files=[{string.Join(", ", Files)}]";
        var error = ErrorDescription is null ? string.Empty : $" \"{ErrorDescription}\"";
        return $"{At:HH:mm:ss.fff} {Method} -> {StatusCode}{error} {parameters}{files}";
    }
}
