namespace Bot.Host.Discord.Rest;

/// <summary>
/// One Discord rate-limit bucket for one major parameter. Requests in it go one at a time (<see cref="Queue"/>), and
/// wait while Discord's headers say nothing is left until the reset.
/// </summary>
internal sealed class RestBucket
{
    private readonly Lock _gate = new();
    private int? _remaining;
    private long _resetAt;
    private long _lastUsed;

    public SemaphoreSlim Queue { get; } = new(1, 1);

    public long LastUsed => Volatile.Read(ref _lastUsed);

    public void Touch(TimeProvider clock) => Volatile.Write(ref _lastUsed, clock.GetTimestamp());

    /// <summary>How long to wait before the next request; zero takes one slot.</summary>
    public TimeSpan TakeOrWait(TimeProvider clock)
    {
        lock (_gate)
        {
            var now = clock.GetTimestamp();
            if (_resetAt != 0 && now >= _resetAt)
            {
                _remaining = null;
                _resetAt = 0;
            }

            if (_remaining == 0)
            {
                return _resetAt == 0 ? TimeSpan.Zero : clock.GetElapsedTime(now, _resetAt);
            }

            if (_remaining > 0)
            {
                _remaining--;
            }

            return TimeSpan.Zero;
        }
    }

    public void Update(int? remaining, TimeSpan? resetAfter, TimeProvider clock)
    {
        lock (_gate)
        {
            if (remaining is { } left)
            {
                _remaining = left;
            }

            if (resetAfter is { } after)
            {
                _resetAt = clock.GetTimestamp() + (long)(after.TotalSeconds * clock.TimestampFrequency);
            }
        }
    }

    public void PauseFor(TimeSpan duration, TimeProvider clock)
    {
        lock (_gate)
        {
            _remaining = 0;
            _resetAt = Math.Max(_resetAt, clock.GetTimestamp() + (long)(duration.TotalSeconds * clock.TimestampFrequency));
        }
    }
}
