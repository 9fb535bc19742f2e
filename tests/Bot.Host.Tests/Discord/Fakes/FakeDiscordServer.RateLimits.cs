using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Bot.Host.Tests.Discord.Fakes;

public sealed partial class FakeDiscordServer
{
    private readonly Dictionary<string, Queue<FakeRestFault>> _faults = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FakeRouteLimit> _routeLimits = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Used, DateTimeOffset ResetAt)> _windows = new(StringComparer.Ordinal);
    private int _rateLimitViolations;

    /// <summary>Requests the fake refused with 429 because a configured bucket was empty (forced 429s not counted).</summary>
    public int RateLimitViolations => Read(() => _rateLimitViolations);

    /// <summary>
    /// Gives a route Discord's bucket headers: <paramref name="limit"/> requests per <paramref name="resetAfter"/> per
    /// major parameter; routes configured with the same <paramref name="bucket"/> share the count. A request over the
    /// limit gets 429 and counts in <see cref="RateLimitViolations"/>.
    /// </summary>
    public void SetRouteLimit(string method, string route, int limit, TimeSpan resetAfter, string? bucket = null) =>
        Write(() => _routeLimits[method + " " + route] = new FakeRouteLimit(limit, resetAfter, bucket ?? Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture)[..12]));

    /// <summary>The next <paramref name="times"/> requests of the route answer 429 with <c>retry_after</c> (and X-RateLimit-Global when <paramref name="global"/>).</summary>
    public void FailNextWithRateLimit(string method, string route, TimeSpan retryAfter, bool global = false, int times = 1) =>
        AddFault(method, route, new FakeRestFault(429, 0, "You are being rate limited.", retryAfter, global), times);

    /// <summary>The next <paramref name="times"/> requests of the route answer <paramref name="statusCode"/> with Discord's JSON error.</summary>
    public void FailNext(string method, string route, int statusCode, int errorCode = 0, string? message = null, int times = 1) =>
        AddFault(method, route, new FakeRestFault(statusCode, errorCode, message ?? $"{statusCode}: Error"), times);

    /// <summary>The next <paramref name="times"/> requests of the route have their connection dropped.</summary>
    public void AbortNext(string method, string route, int times = 1) =>
        AddFault(method, route, new FakeRestFault(0, 0, "aborted", Abort: true), times);

    private void AddFault(string method, string route, FakeRestFault fault, int times)
    {
        lock (_gate)
        {
            if (!_faults.TryGetValue(method + " " + route, out var queue))
            {
                _faults[method + " " + route] = queue = new Queue<FakeRestFault>();
            }

            for (var i = 0; i < times; i++)
            {
                queue.Enqueue(fault);
            }
        }
    }

    /// <summary>True when an injected fault answered the request.</summary>
    private Task<bool> ApplyFaultAsync(HttpContext context, string key)
    {
        FakeRestFault? fault;
        lock (_gate)
        {
            fault = _faults.TryGetValue(key, out var queue) && queue.Count > 0 ? queue.Dequeue() : null;
        }

        if (fault is null)
        {
            return Task.FromResult(false);
        }

        if (fault.Abort)
        {
            context.Abort();
            context.Response.StatusCode = 0;
            return Task.FromResult(true);
        }

        context.Response.StatusCode = fault.StatusCode;
        if (fault.StatusCode == 429)
        {
            TooManyRequests(context, fault.RetryAfter, fault.Global ? "global" : "user");
        }
        else
        {
            context.Items["body"] = new JsonObject { ["message"] = fault.Message, ["code"] = fault.ErrorCode };
        }

        return Task.FromResult(true);
    }

    /// <summary>Adds bucket headers; true when the request was refused with 429.</summary>
    private bool ApplyRateLimit(HttpContext context, string key, string major)
    {
        var now = DateTimeOffset.UtcNow;
        FakeRouteLimit? limit;
        (int Used, DateTimeOffset ResetAt) window;
        bool refused;
        lock (_gate)
        {
            limit = _routeLimits.GetValueOrDefault(key);
            if (limit is null)
            {
                return false;
            }

            var id = limit.Bucket + "|" + major;
            window = _windows.GetValueOrDefault(id);
            if (now >= window.ResetAt)
            {
                window = (0, now + limit.ResetAfter);
            }

            refused = window.Used >= limit.Limit;
            if (refused)
            {
                _rateLimitViolations++;
            }
            else
            {
                window.Used++;
            }

            _windows[id] = window;
        }

        var headers = context.Response.Headers;
        headers["X-RateLimit-Limit"] = limit.Limit.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Remaining"] = (limit.Limit - window.Used).ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset"] = (window.ResetAt.ToUnixTimeMilliseconds() / 1000.0).ToString("0.000", CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset-After"] = Seconds(window.ResetAt - now);
        headers["X-RateLimit-Bucket"] = limit.Bucket;
        if (refused)
        {
            context.Response.StatusCode = 429;
            TooManyRequests(context, window.ResetAt - now, "user");
        }

        return refused;
    }

    private static void TooManyRequests(HttpContext context, TimeSpan retryAfter, string scope)
    {
        var headers = context.Response.Headers;
        headers["Retry-After"] = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Scope"] = scope;
        if (scope == "global")
        {
            headers["X-RateLimit-Global"] = "true";
        }

        context.Items["body"] = new JsonObject
        {
            ["message"] = "You are being rate limited.",
            ["retry_after"] = Math.Round(retryAfter.TotalSeconds, 3),
            ["global"] = scope == "global",
        };
    }
}
