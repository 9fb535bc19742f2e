using Bot.Core.Messaging;
using Bot.Host.Discord.Gateway;
using Bot.Host.Operations;

namespace Bot.Host.Discord;

/// <summary>The gateway connection as /healthz reports it; registered only when Discord is configured.</summary>
internal sealed class DiscordHealth(DiscordGatewayClient gateway) : IPlatformHealth
{
    public Platform Platform => Platform.Discord;

    public string State => gateway.State switch
    {
        GatewayState.Ready => "connected",
        GatewayState.Reconnecting => "retrying: " + (gateway.RetryReason ?? "connection lost"),
        GatewayState.Resuming => "resuming",
        GatewayState.Stopped => "stopped: " + (gateway.StopReason ?? "unknown reason"),
        _ => "starting",
    };

    public bool IsStopped => gateway.State == GatewayState.Stopped;
}
