namespace Bot.Host.Discord.Gateway;

/// <summary>What READY gave us to RESUME with later.</summary>
internal sealed record GatewaySession(string Id, Uri ResumeUrl);
