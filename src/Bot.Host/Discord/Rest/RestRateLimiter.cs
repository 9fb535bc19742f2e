using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using Bot.Core.Messaging;

namespace Bot.Host.Discord.Rest;

/// <summary>
/// Discord's HTTP limits as the headers describe them: routes are mapped to bucket hashes as responses reveal them,
/// buckets are kept apart per major parameter, and one global gate holds every non-interaction request to 50/s.
/// </summary>
internal sealed class RestRateLimiter(TimeProvider clock)
{
    private const int SweepAbove = 512;
    private static readonly TimeSpan IdleBucket = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, string> _hashes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RestBucket> _buckets = new(StringComparer.Ordinal);
    private int _lookups;

    /// <summary>50 requests per second per bot; interaction endpoints are exempt.</summary>
    public RateGate Global { get; } = new(50, TimeSpan.FromSeconds(1), clock);

    public RestBucket BucketFor(DiscordRoute route)
    {
        var bucket = _buckets.GetOrAdd(BucketId(route), _ => new RestBucket());
        bucket.Touch(clock);
        if (_buckets.Count > SweepAbove && Interlocked.Increment(ref _lookups) % 128 == 0)
        {
            Sweep();
        }

        return bucket;
    }

    /// <summary>Reads X-RateLimit-Bucket/-Remaining/-Reset-After into the bucket used and the bucket the hash names.</summary>
    public void Learn(DiscordRoute route, RestBucket used, HttpResponseHeaders headers)
    {
        var remaining = int.TryParse(Header(headers, "X-RateLimit-Remaining"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var r) ? r : (int?)null;
        var resetAfter = ParseSeconds(Header(headers, "X-RateLimit-Reset-After"));
        used.Update(remaining, resetAfter, clock);
        if (Header(headers, "X-RateLimit-Bucket") is not { Length: > 0 } hash)
        {
            return;
        }

        _hashes[route.Key] = hash;
        var shared = _buckets.GetOrAdd(hash + "|" + route.Major, used);
        if (!ReferenceEquals(shared, used))
        {
            shared.Update(remaining, resetAfter, clock);
        }
    }

    public static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    public static TimeSpan? ParseSeconds(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : null;

    private string BucketId(DiscordRoute route) =>
        (_hashes.TryGetValue(route.Key, out var hash) ? hash : route.Key) + "|" + route.Major;

    // Interaction tokens make a bucket per interaction; forget the ones nobody has used for a while.
    private void Sweep()
    {
        var now = clock.GetTimestamp();
        foreach (var (id, bucket) in _buckets)
        {
            if (clock.GetElapsedTime(bucket.LastUsed, now) > IdleBucket && bucket.Queue.CurrentCount == 1)
            {
                _buckets.TryRemove(new KeyValuePair<string, RestBucket>(id, bucket));
            }
        }
    }
}
