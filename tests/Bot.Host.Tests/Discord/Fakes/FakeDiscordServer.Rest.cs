using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Bot.Host.Tests.Discord.Fakes;

public sealed partial class FakeDiscordServer
{
    private static readonly (string Method, string Template)[] RouteTable =
    [
        ("GET", "/gateway/bot"),
        ("POST", "/channels/{channel_id}/messages"),
        ("PATCH", "/channels/{channel_id}/messages/{message_id}"),
        ("POST", "/interactions/{interaction_id}/{interaction_token}/callback"),
        ("PATCH", "/webhooks/{application_id}/{interaction_token}/messages/@original"),
        ("POST", "/webhooks/{application_id}/{interaction_token}"),
        ("PUT", "/applications/{application_id}/guilds/{guild_id}/commands"),
    ];

    private readonly List<RecordedRequest> _requests = [];

    /// <summary>Every REST request, in completion order.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Requests of one route, e.g. <c>RequestsTo("POST", "/channels/{channel_id}/messages")</c>, whatever their status.</summary>
    public IReadOnlyList<RecordedRequest> RequestsTo(string method, string route) =>
        [.. Requests.Where(r => r.Method == method && r.Route == route)];

    /// <summary>Waits for <paramref name="count"/> successful (2xx) requests of a route matching <paramref name="predicate"/>.</summary>
    public Task<IReadOnlyList<RecordedRequest>> WaitForRequestsAsync(string method, string route, int count, Func<RecordedRequest, bool>? predicate = null, TimeSpan? timeout = null) =>
        WaitForAsync<IReadOnlyList<RecordedRequest>>(
            () => RequestsTo(method, route).Where(r => r.Succeeded && (predicate?.Invoke(r) ?? true)).ToArray() is { } found && found.Length >= count ? found : null,
            $"{count} successful {method} {route}",
            timeout);

    private async Task HandleRestAsync(HttpContext context, string path)
    {
        var at = DateTimeOffset.UtcNow;
        var method = context.Request.Method;
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var (template, values) = Match(method, path);
        JsonNode? json = null;
        IReadOnlyList<RecordedPart> parts = [];
        int status;
        JsonNode? response = null;
        try
        {
            (json, parts) = await ReadBodyAsync(context.Request).ConfigureAwait(false);
            if (template is null)
            {
                throw new FakeDiscordError(404, 0, "404: Not Found");
            }

            var authorizedByPath = template.StartsWith("/interactions/", StringComparison.Ordinal) || template.StartsWith("/webhooks/", StringComparison.Ordinal);
            if (!authorizedByPath && headers.GetValueOrDefault("Authorization") != "Bot " + Token)
            {
                throw new FakeDiscordError(401, 0, "401: Unauthorized");
            }

            var key = method + " " + template;
            var major = values.GetValueOrDefault("channel_id") ?? values.GetValueOrDefault("guild_id") ?? values.GetValueOrDefault("interaction_id") ?? values.GetValueOrDefault("interaction_token") ?? string.Empty;
            if (await ApplyFaultAsync(context, key).ConfigureAwait(false) || ApplyRateLimit(context, key, major))
            {
                status = context.Response.StatusCode;
                response = context.Items["body"] as JsonNode;
            }
            else
            {
                response = Serve(method, template, values, json, parts, at);
                status = response is null ? 204 : 200;
                context.Response.StatusCode = status;
            }
        }
        catch (FakeDiscordError error)
        {
            status = error.StatusCode;
            context.Response.StatusCode = status;
            response = new JsonObject { ["message"] = error.Message, ["code"] = error.Code };
        }

        if (status != 0 && response is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.ToJsonString()).ConfigureAwait(false);
        }

        lock (_gate)
        {
            _requests.Add(new RecordedRequest(method, path, template ?? "?", values, headers, json, parts, at, status) { Response = response?.DeepClone() });
            Changed();
        }
    }

    private JsonNode? Serve(string method, string template, IReadOnlyDictionary<string, string> values, JsonNode? json, IReadOnlyList<RecordedPart> parts, DateTimeOffset at) =>
        (method, template) switch
        {
            ("GET", "/gateway/bot") => GatewayBot(),
            ("POST", "/channels/{channel_id}/messages") => CreateMessage(values["channel_id"], Body(json), parts),
            ("PATCH", "/channels/{channel_id}/messages/{message_id}") => EditMessage(values["channel_id"], values["message_id"], Body(json), parts),
            ("POST", "/interactions/{interaction_id}/{interaction_token}/callback") => Callback(values["interaction_id"], values["interaction_token"], Body(json), at),
            ("PATCH", "/webhooks/{application_id}/{interaction_token}/messages/@original") => EditOriginal(values["application_id"], values["interaction_token"], Body(json)),
            ("POST", "/webhooks/{application_id}/{interaction_token}") => Followup(values["application_id"], values["interaction_token"], Body(json)),
            ("PUT", "/applications/{application_id}/guilds/{guild_id}/commands") => OverwriteCommands(values["application_id"], values["guild_id"], json),
            _ => throw new FakeDiscordError(404, 0, "404: Not Found"),
        };

    private JsonObject GatewayBot() => new()
    {
        ["url"] = GatewayUrl,
        ["shards"] = 1,
        ["session_start_limit"] = new JsonObject
        {
            ["total"] = 1000,
            ["remaining"] = Math.Max(0, SessionStartRemaining),
            ["reset_after"] = (long)SessionStartResetAfter.TotalMilliseconds,
            ["max_concurrency"] = 1,
        },
    };

    private static JsonObject Body(JsonNode? json) => json as JsonObject ?? throw FakeDiscordError.InvalidForm("expected a JSON object");

    private static (string? Template, IReadOnlyDictionary<string, string> Values) Match(string method, string path)
    {
        var segments = path.Trim('/').Split('/');
        foreach (var (routeMethod, template) in RouteTable)
        {
            var pattern = template.Trim('/').Split('/');
            if (routeMethod != method || pattern.Length != segments.Length)
            {
                continue;
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            var matched = true;
            for (var i = 0; i < pattern.Length && matched; i++)
            {
                if (pattern[i].StartsWith('{'))
                {
                    values[pattern[i].Trim('{', '}')] = Uri.UnescapeDataString(segments[i]);
                }
                else
                {
                    matched = pattern[i] == segments[i];
                }
            }

            if (matched)
            {
                return (template, values);
            }
        }

        return (null, new Dictionary<string, string>());
    }

    private static async Task<(JsonNode? Json, IReadOnlyList<RecordedPart> Parts)> ReadBodyAsync(HttpRequest request)
    {
        var contentType = request.ContentType ?? string.Empty;
        if (contentType.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(contentType).Boundary).Value
                ?? throw FakeDiscordError.InvalidForm("multipart without boundary");
            var reader = new MultipartReader(boundary, request.Body);
            var parts = new List<RecordedPart>();
            while (await reader.ReadNextSectionAsync().ConfigureAwait(false) is { } section)
            {
                var disposition = section.ContentDisposition ?? string.Empty;
                var parsed = ContentDispositionHeaderValue.Parse(disposition);
                var fileName = parsed.FileNameStar.HasValue ? parsed.FileNameStar.Value : HeaderUtilities.RemoveQuotes(parsed.FileName).Value;
                using var content = new MemoryStream();
                await section.Body.CopyToAsync(content).ConfigureAwait(false);
                parts.Add(new RecordedPart(HeaderUtilities.RemoveQuotes(parsed.Name).Value ?? string.Empty, string.IsNullOrEmpty(fileName) ? null : fileName, section.ContentType, disposition, content.ToArray()));
            }

            var payload = parts.FirstOrDefault(p => p.Name == "payload_json");
            return (payload is null ? null : ParseJson(payload.Content), parts);
        }

        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body).ConfigureAwait(false);
        if (body.Length == 0)
        {
            return (null, []);
        }

        if (!contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            throw new FakeDiscordError(400, 50035, "Invalid Form Body: Content-Type must be application/json or multipart/form-data");
        }

        return (ParseJson(body.ToArray()), []);
    }

    private static JsonNode? ParseJson(byte[] bytes)
    {
        try
        {
            return JsonNode.Parse(bytes);
        }
        catch (JsonException)
        {
            throw new FakeDiscordError(400, 50109, "The request body contains invalid JSON.");
        }
    }

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
}
