using Bot.Core.Messaging;
using Bot.Host.Operations;

namespace Bot.Host.Telegram;

/// <summary>Whether polling works, for health checks and tests.</summary>
public sealed class TelegramStatus : IPlatformHealth
{
    private volatile string _state = "starting";

    public Platform Platform => Platform.Telegram;

    public string State => _state;

    public bool IsStopped => _state.StartsWith("stopped", StringComparison.Ordinal);

    internal void Connected() => _state = "connected";

    internal void Failing(string reason) => _state = "retrying: " + reason;

    internal void Stopped(string reason) => _state = "stopped: " + reason;
}
