using System.Net.WebSockets;

namespace Bot.Host.Discord.Gateway;

public sealed partial class DiscordGatewayClient
{
    /// <summary>
    /// Beats every <paramref name="interval"/>, the first after a random part of it, and at once when Discord sends
    /// op 1. A beat still without ACK when the next one is due means a zombie connection: close it (not with 1000) and resume.
    /// </summary>
    private async Task RunHeartbeatAsync(GatewayConnection connection, TimeSpan interval)
    {
        var token = connection.Token;
        var tracker = connection.Heartbeat;
        var due = clock.GetTimestamp() + Ticks(interval * Random.Shared.NextDouble());
        try
        {
            while (true)
            {
                var now = clock.GetTimestamp();
                var requested = await tracker.WaitAsync(due > now ? clock.GetElapsedTime(now, due) : TimeSpan.Zero, token).ConfigureAwait(false);
                if (!requested)
                {
                    // A beat answering op 1 may still be waiting for its ACK; only a full interval without one is a zombie.
                    if (tracker.Overdue(interval))
                    {
                        LogZombie(interval.TotalMilliseconds);
                        connection.RequestClose(new(ReconnectAction.Resume, "no heartbeat ACK before the next beat (zombie connection)"), GatewayCloseCodes.ResumableClose, "heartbeat ACK missed");
                        return;
                    }

                    // When this beat is late (a busy machine), the next one still waits a whole interval.
                    due = Math.Max(due, clock.GetTimestamp()) + Ticks(interval);
                }

                var sequence = Interlocked.Read(ref _lastSequence);
                tracker.Sending();
                await connection.Socket.SendAsync(GatewayCommand.Heartbeat(sequence >= 0 ? sequence : null), isHeartbeat: true, token).ConfigureAwait(false);
                LogHeartbeatSent(sequence, requested);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The connection is over; the receive loop reports why.
        }
    }

    private long Ticks(TimeSpan span) => (long)(span.TotalSeconds * clock.TimestampFrequency);
}
