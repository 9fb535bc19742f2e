namespace Bot.Host.Discord.Gateway;

/// <summary>Where the gateway connection stands, for health checks and tests.</summary>
public enum GatewayState
{
    /// <summary><see cref="DiscordGatewayClient.RunAsync"/> has not been called.</summary>
    Idle,
    Connecting,
    Identifying,
    Resuming,

    /// <summary>READY or RESUMED received: events flow.</summary>
    Ready,

    /// <summary>Waiting (with backoff) before the next connection attempt.</summary>
    Reconnecting,

    /// <summary>Shut down, or stopped for good on a fatal close code; see <see cref="DiscordGatewayClient.StopReason"/>.</summary>
    Stopped,
}
