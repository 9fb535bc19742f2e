namespace Bot.Host.Discord.Gateway;

/// <summary>The answer of GET /gateway/bot: where to connect and how many new sessions are left.</summary>
public sealed record GatewayBotInfo(string Url, int Shards, SessionStartLimit SessionStartLimit);
