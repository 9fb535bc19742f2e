namespace Bot.Core.Outbox;

/// <summary>Taking rows back (a stopped broadcast) and the orderly stop that keeps a restart from repeating sends.</summary>
public sealed partial class OutboxDispatcher
{
    /// <summary>
    /// Drops queued rows whose tag starts with <paramref name="tagPrefix"/> (a cancelled broadcast); rows being
    /// sent at this moment still go out and are acknowledged as usual. Returns the dropped rows, never acknowledged.
    /// </summary>
    public IReadOnlyList<OutboxRow> Discard(string tagPrefix)
    {
        var dropped = new List<OutboxRow>();
        foreach (var lane in _lanes.Values)
        {
            foreach (var row in lane.RemoveWhere(r => r.Tag?.StartsWith(tagPrefix, StringComparison.Ordinal) == true))
            {
                _tracked.TryRemove(row.Id, out _);
                dropped.Add(row);
            }
        }

        return dropped;
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Runs before any service stops: no new sends start, the ones in flight finish, and their results commit
    /// while the writer still runs. Without this a message sent just before shutdown would be sent again.
    /// </summary>
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        await _draining.CancelAsync().ConfigureAwait(false);
        // Real time, not the clock: this bounds how long a shutdown may take however the clock is set.
        var deadline = Environment.TickCount64 + (long)DrainLimit.TotalMilliseconds;
        while ((Volatile.Read(ref _inFlight) > 0 || Volatile.Read(ref _unsettled) > 0) && Environment.TickCount64 < deadline
            && !cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(5, cancellationToken).ConfigureAwait(false);
        }
    }

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
