using Bot.Core.Messaging;

namespace Bot.Host.Operations;

/// <summary>A platform adapter's connection state for /healthz; platforms without one are "not configured".</summary>
public interface IPlatformHealth
{
    Platform Platform { get; }

    /// <summary>"connected", "starting", "retrying: …" or "stopped: …".</summary>
    string State { get; }

    /// <summary>True when the adapter has given up (e.g. the token was rejected) and needs an admin.</summary>
    bool IsStopped { get; }
}
