namespace Bot.Core.Messaging;

/// <summary>
/// An async token bucket: at most <c>permits</c> acquisitions per <c>period</c>, callers waiting in turn.
/// Platform senders use one for the global limit and one per chat.
/// </summary>
public sealed class RateGate(int permits, TimeSpan period, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private readonly Queue<long> _recent = new();
    private long _pausedUntil;

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var delay = TryAcquire();
            if (delay <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(delay, clock, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Stops all acquisitions for a while, e.g. after the platform answered 429.</summary>
    public void PauseFor(TimeSpan duration)
    {
        lock (_gate)
        {
            var until = clock.GetTimestamp() + (long)(duration.TotalSeconds * clock.TimestampFrequency);
            _pausedUntil = Math.Max(_pausedUntil, until);
        }
    }

    private TimeSpan TryAcquire()
    {
        lock (_gate)
        {
            var now = clock.GetTimestamp();
            if (now < _pausedUntil)
            {
                return clock.GetElapsedTime(now, _pausedUntil);
            }

            var windowTicks = (long)(period.TotalSeconds * clock.TimestampFrequency);
            while (_recent.Count > 0 && now - _recent.Peek() >= windowTicks)
            {
                _recent.Dequeue();
            }

            if (_recent.Count < permits)
            {
                _recent.Enqueue(now);
                return TimeSpan.Zero;
            }

            var wait = clock.GetElapsedTime(now, _recent.Peek() + windowTicks);
            return wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(1);
        }
    }
}
