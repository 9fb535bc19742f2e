namespace Bot.Host.Discord.Gateway;

/// <summary>How one WebSocket connection ended and what to do next.</summary>
internal sealed record ConnectionOutcome(ReconnectAction Action, string Reason, int? CloseCode = null, bool WasReady = false)
{
    public static ConnectionOutcome Stopped { get; } = new(ReconnectAction.Stop, "shutting down");
}
