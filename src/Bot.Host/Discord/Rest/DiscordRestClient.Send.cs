using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace Bot.Host.Discord.Rest;

public sealed partial class DiscordRestClient
{
    private const int MaxRateLimitedAttempts = 5;

    private async Task<DiscordResult<T>> SendAsync<T>(DiscordRoute route, Func<HttpContent>? content, CancellationToken cancellationToken)
        where T : class
    {
        var bucket = _limiter.BucketFor(route);
        await bucket.Queue.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var wait = bucket.TakeOrWait(clock);
                if (wait > TimeSpan.Zero)
                {
                    LogBucketWait(route.Key, wait.TotalMilliseconds);
                    await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                if (!route.IsInteraction)
                {
                    await _limiter.Global.WaitAsync(cancellationToken).ConfigureAwait(false);
                }

                var result = await SendOnceAsync<T>(route, bucket, content, cancellationToken).ConfigureAwait(false);
                if (result.Status != DiscordRestStatus.RateLimited || result.HttpStatus != 429)
                {
                    return result;
                }

                var retryAfter = result.RetryAfter ?? TimeSpan.FromSeconds(1);
                if (retryAfter > TimeSpan.FromSeconds(_options.MaxRateLimitWaitSeconds) || attempt >= MaxRateLimitedAttempts)
                {
                    LogRateLimitHandedBack(route.Key, retryAfter.TotalSeconds, attempt);
                    return result;
                }
            }
        }
        finally
        {
            bucket.Queue.Release();
        }
    }

    private async Task<DiscordResult<T>> SendOnceAsync<T>(DiscordRoute route, RestBucket bucket, Func<HttpContent>? content, CancellationToken cancellationToken)
        where T : class
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(_options.RequestTimeoutSeconds));
        using var request = new HttpRequestMessage(route.Method, new Uri(_baseUrl + route.Path)) { Content = content?.Invoke() };
        if (!route.IsInteraction)
        {
            // Interaction routes are authorized by the token in their path.
            request.Headers.TryAddWithoutValidation("Authorization", "Bot " + _options.BotToken!.Trim());
        }

        request.Headers.TryAddWithoutValidation("User-Agent", _userAgent);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
            _limiter.Learn(route, bucket, response.Headers);
            var status = (int)response.StatusCode;
            LogResponse(route.Key, status, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                return RateLimited<T>(route, bucket, response, body);
            }

            return response.IsSuccessStatusCode ? Success<T>(route, status, body) : Failure<T>(route, status, body);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogTransient(route.Key, "timed out");
            return new(DiscordRestStatus.Transient, null, 0, new DiscordApiError(0, "timed out"));
        }
        catch (HttpRequestException ex)
        {
            // The message names the host at most, never the path with its interaction token.
            LogTransient(route.Key, ex.Message);
            return new(DiscordRestStatus.Transient, null, 0, new DiscordApiError(0, ex.Message));
        }
    }

    private DiscordResult<T> RateLimited<T>(DiscordRoute route, RestBucket bucket, HttpResponseMessage response, byte[] body)
        where T : class
    {
        double? bodyRetry = null;
        var global = string.Equals(RestRateLimiter.Header(response.Headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase);
        var scope = RestRateLimiter.Header(response.Headers, "X-RateLimit-Scope") ?? "user";
        string message = "rate limited";
        if (TryParse(body) is { } json)
        {
            using (json)
            {
                var root = json.RootElement;
                bodyRetry = root.TryGetProperty("retry_after", out var r) && r.TryGetDouble(out var seconds) ? seconds : null;
                global |= root.TryGetProperty("global", out var g) && g.ValueKind == JsonValueKind.True;
                message = root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : message;
            }
        }

        global |= scope == "global";
        var retryAfter = (bodyRetry is { } b ? TimeSpan.FromSeconds(b) : (TimeSpan?)null)
            ?? response.Headers.RetryAfter?.Delta
            ?? RestRateLimiter.ParseSeconds(RestRateLimiter.Header(response.Headers, "X-RateLimit-Reset-After"))
            ?? TimeSpan.FromSeconds(1);
        bucket.PauseFor(retryAfter, clock);
        if (global)
        {
            _limiter.Global.PauseFor(retryAfter);
        }

        LogRateLimited(route.Key, global ? "global" : scope, retryAfter.TotalSeconds);
        return new(DiscordRestStatus.RateLimited, null, 429, new DiscordApiError(0, message), retryAfter);
    }

    private DiscordResult<T> Success<T>(DiscordRoute route, int status, byte[] body)
        where T : class
    {
        if (typeof(T) == typeof(NoContent))
        {
            // Calls that answer 204: nothing to read.
            return new(DiscordRestStatus.Ok, (T)(object)NoContent.Value, status);
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(body, DiscordJson.Options);
            return value is null
                ? new(DiscordRestStatus.Transient, null, status, new DiscordApiError(0, "empty response"))
                : new(DiscordRestStatus.Ok, value, status);
        }
        catch (JsonException ex)
        {
            LogUnreadable(route.Key, status, ex.Message);
            return new(DiscordRestStatus.Transient, null, status, new DiscordApiError(0, "unreadable response"));
        }
    }

    private DiscordResult<T> Failure<T>(DiscordRoute route, int status, byte[] body)
        where T : class
    {
        var error = ReadError(body, status);
        var outcome = status switch
        {
            401 => DiscordRestStatus.Unauthorized,
            403 => DiscordRestStatus.Forbidden,
            404 => DiscordRestStatus.NotFound,
            >= 500 => DiscordRestStatus.Transient,
            _ => DiscordRestStatus.Rejected,
        };
        switch (outcome)
        {
            case DiscordRestStatus.Unauthorized:
                LogUnauthorized(route.Key);
                break;
            case DiscordRestStatus.Transient:
                LogTransient(route.Key, $"{status} {error.Message}");
                break;
            default:
                LogRefused(route.Key, status, error.Code, error.Message);
                break;
        }

        return new(outcome, null, status, error);
    }

    private static DiscordApiError ReadError(byte[] body, int status)
    {
        if (TryParse(body) is { } json)
        {
            using (json)
            {
                var root = json.RootElement;
                if (root.ValueKind == JsonValueKind.Object)
                {
                    var code = root.TryGetProperty("code", out var c) && c.TryGetInt32(out var n) ? n : 0;
                    var message = root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : $"HTTP {status}";
                    if (root.TryGetProperty("errors", out var errors))
                    {
                        message += " " + errors.GetRawText();
                    }

                    return new DiscordApiError(code, message);
                }
            }
        }

        return new DiscordApiError(0, $"HTTP {status}");
    }

    private static JsonDocument? TryParse(byte[] body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
