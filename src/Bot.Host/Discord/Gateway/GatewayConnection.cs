namespace Bot.Host.Discord.Gateway;

/// <summary>
/// One WebSocket connection: the socket, its heartbeat, and how it is to end. Whoever decides to end it first
/// (op 7, op 9, a missed ACK, shutdown) sets the outcome and sends the close frame; the receive loop then drains
/// until Discord's close frame or <see cref="GatewayRetryPolicy.CloseTimeout"/>.
/// </summary>
internal sealed class GatewayConnection(TimeProvider clock, GatewayRetryPolicy policy) : IDisposable
{
    private readonly CancellationTokenSource _lifetime = new();
    private ConnectionOutcome? _pending;
    private Task _closing = Task.CompletedTask;
    private int _disposed;

    public GatewaySocket Socket { get; } = new(clock);

    public HeartbeatTracker Heartbeat { get; } = new(clock);

    /// <summary>Cancelled when the connection is over; every per-connection wait uses it.</summary>
    public CancellationToken Token => _lifetime.Token;

    public ConnectionOutcome? PendingOutcome => Volatile.Read(ref _pending);

    public Task HeartbeatTask { get; set; } = Task.CompletedTask;

    public bool ReachedReady { get; set; }

    public void RequestClose(ConnectionOutcome outcome, int code, string reason)
    {
        if (Interlocked.CompareExchange(ref _pending, outcome, null) is not null)
        {
            return;
        }

        _closing = CloseAsync(code, reason);
    }

    /// <summary>Ends every per-connection task and waits for them.</summary>
    public async Task ShutDownAsync()
    {
        if (Volatile.Read(ref _disposed) == 0)
        {
            await _lifetime.CancelAsync().ConfigureAwait(false);
        }

        await Quietly(HeartbeatTask).ConfigureAwait(false);
        await Quietly(_closing).ConfigureAwait(false);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            Socket.Dispose();
            _lifetime.Dispose();
        }
    }

    private async Task CloseAsync(int code, string reason)
    {
        await Socket.CloseOutputQuietlyAsync(code, reason, policy.CloseTimeout).ConfigureAwait(false);
        try
        {
            _lifetime.CancelAfter(policy.CloseTimeout);
        }
        catch (ObjectDisposedException)
        {
            // Already over.
        }
    }

    private static async Task Quietly(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Per-connection tasks end with the connection; their failures are logged where they happen.
        }
    }
}
