namespace Bot.Core.Messaging;

/// <summary>
/// An async sliding-window limiter: at most <c>permits</c> sends per <c>period</c>. Platform senders use one for
/// the global limit and one per chat. Two refinements keep a server that counts by arrival time from ever
/// answering 429: a send may hold its permit until its request completes (<see cref="EnterAsync"/>), so network
/// jitter cannot squeeze two windows' worth into one; and bulk sends (broadcasts) give way to waiting replies.
/// </summary>
public sealed class RateGate(int permits, TimeSpan period, TimeProvider clock)
{
    private readonly Lock _gate = new();

    // When each recent permit was used (acquired, or released for held ones), oldest first.
    private readonly PriorityQueue<long, long> _recent = new();
    private TaskCompletionSource _changed = NewSignal();
    private long _pausedUntil;
    private int _held;
    private int _urgentWaiting;

    /// <summary>Takes a permit counted from now.</summary>
    public Task WaitAsync(CancellationToken cancellationToken) => AcquireAsync(bulk: false, hold: false, cancellationToken);

    /// <summary>
    /// Takes a permit held until the lease is disposed and counted from then: the window starts when the platform
    /// has surely seen the request. A <paramref name="bulk"/> caller waits while any other caller is waiting.
    /// </summary>
    public async Task<RateGateLease> EnterAsync(bool bulk, CancellationToken cancellationToken)
    {
        await AcquireAsync(bulk, hold: true, cancellationToken).ConfigureAwait(false);
        return new RateGateLease(this);
    }

    /// <summary>
    /// Counts sends made before this gate existed (by an earlier run of the bot, <paramref name="ages"/> ago): the
    /// platform still counts them, so a restart must not start with a full window.
    /// </summary>
    public void Seed(IEnumerable<TimeSpan> ages)
    {
        lock (_gate)
        {
            var now = clock.GetTimestamp();
            foreach (var age in ages.Where(a => a >= TimeSpan.Zero && a < period).Take(permits))
            {
                var at = now - (long)(age.TotalSeconds * clock.TimestampFrequency);
                _recent.Enqueue(at, at);
            }
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

    internal void Release()
    {
        lock (_gate)
        {
            _held--;
            var now = clock.GetTimestamp();
            _recent.Enqueue(now, now);
        }

        Signal();
    }

    private async Task AcquireAsync(bool bulk, bool hold, CancellationToken cancellationToken)
    {
        if (!bulk)
        {
            lock (_gate)
            {
                _urgentWaiting++;
            }
        }

        try
        {
            while (true)
            {
                Task changed;
                TimeSpan delay;
                lock (_gate)
                {
                    changed = _changed.Task;
                    delay = TryAcquire(bulk, hold);
                }

                if (delay == TimeSpan.Zero)
                {
                    return;
                }

                if (delay == Timeout.InfiniteTimeSpan)
                {
                    await changed.WaitAsync(cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await Task.WhenAny(changed, Task.Delay(delay, clock, cancellationToken)).ConfigureAwait(false);
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
        }
        finally
        {
            if (!bulk)
            {
                lock (_gate)
                {
                    _urgentWaiting--;
                }

                Signal();
            }
        }
    }

    /// <returns>Zero when acquired; otherwise how long to wait (infinite: until something changes).</returns>
    private TimeSpan TryAcquire(bool bulk, bool hold)
    {
        var now = clock.GetTimestamp();
        if (now < _pausedUntil)
        {
            return clock.GetElapsedTime(now, _pausedUntil);
        }

        if (bulk && _urgentWaiting > 0)
        {
            return Timeout.InfiniteTimeSpan;
        }

        var windowTicks = (long)(period.TotalSeconds * clock.TimestampFrequency);
        while (_recent.TryPeek(out var oldest, out _) && now - oldest >= windowTicks)
        {
            _recent.Dequeue();
        }

        if (_held + _recent.Count < permits)
        {
            if (hold)
            {
                _held++;
            }
            else
            {
                _recent.Enqueue(now, now);
            }

            return TimeSpan.Zero;
        }

        if (!_recent.TryPeek(out var first, out _))
        {
            return Timeout.InfiniteTimeSpan;
        }

        var wait = clock.GetElapsedTime(now, first + windowTicks);
        return wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(1);
    }

    private void Signal()
    {
        TaskCompletionSource signal;
        lock (_gate)
        {
            signal = _changed;
            _changed = NewSignal();
        }

        signal.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
