namespace Bot.Host.Discord.Gateway;

/// <summary>Heartbeat bookkeeping of one connection: the outstanding beat, its ACK, and Discord's requests for a beat now.</summary>
internal sealed class HeartbeatTracker(TimeProvider clock)
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _requested = NewSignal();
    private bool _awaitingAck;
    private long _sentAt;

    public TimeSpan? Latency { get; private set; }

    /// <summary>True when a beat has waited at least <paramref name="interval"/> for its ACK: a zombie connection.</summary>
    public bool Overdue(TimeSpan interval)
    {
        lock (_gate)
        {
            return _awaitingAck && clock.GetElapsedTime(_sentAt) >= interval;
        }
    }

    /// <summary>Called just before a beat goes out, so that a quick ACK cannot be lost.</summary>
    public void Sending()
    {
        lock (_gate)
        {
            _awaitingAck = true;
            _sentAt = clock.GetTimestamp();
        }
    }

    public TimeSpan? Acked()
    {
        lock (_gate)
        {
            if (!_awaitingAck)
            {
                return null;
            }

            _awaitingAck = false;
            Latency = clock.GetElapsedTime(_sentAt);
            return Latency;
        }
    }

    /// <summary>Discord sent op 1: beat at once.</summary>
    public void Request()
    {
        lock (_gate)
        {
            _requested.TrySetResult();
        }
    }

    /// <summary>Waits for <paramref name="delay"/> or a request; true when Discord asked for the beat.</summary>
    public async Task<bool> WaitAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        Task requested;
        lock (_gate)
        {
            requested = _requested.Task;
        }

        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var timer = Task.Delay(delay > TimeSpan.Zero ? delay : TimeSpan.Zero, clock, wait.Token);
        if (await Task.WhenAny(requested, timer).ConfigureAwait(false) == requested)
        {
            await wait.CancelAsync().ConfigureAwait(false);
            lock (_gate)
            {
                _requested = NewSignal();
            }

            return true;
        }

        await timer.ConfigureAwait(false);
        return false;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
