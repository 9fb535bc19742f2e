using System.Text.Json.Nodes;

namespace Bot.Host.Tests.Discord.Fakes;

/// <summary>One REST request the fake received, with what it answered.</summary>
/// <param name="Route">The route template, e.g. "/channels/{channel_id}/messages" ("?" when no route matched).</param>
/// <param name="Json">The JSON body, or the parsed payload_json part of a multipart body.</param>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string Route,
    IReadOnlyDictionary<string, string> RouteValues,
    IReadOnlyDictionary<string, string> Headers,
    JsonNode? Json,
    IReadOnlyList<RecordedPart> Parts,
    DateTimeOffset At,
    int StatusCode)
{
    public bool Succeeded => StatusCode is >= 200 and < 300;

    public JsonNode? Response { get; init; }

    public string? Authorization => Headers.GetValueOrDefault("Authorization");

    public string? UserAgent => Headers.GetValueOrDefault("User-Agent");

    public string? ContentType => Headers.GetValueOrDefault("Content-Type");

    public IEnumerable<RecordedPart> Files => Parts.Where(p => p.FileName is not null);

    public override string ToString()
    {
        var body = Json?.ToJsonString() ?? string.Empty;
        return $"{At:HH:mm:ss.fff} {Method} {Route} -> {StatusCode} {(body.Length > 200 ? body[..200] + "…" : body)}{(Parts.Count > 0 ? " parts=[" + string.Join(", ", Parts) + "]" : string.Empty)}";
    }
}
