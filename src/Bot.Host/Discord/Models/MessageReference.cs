namespace Bot.Host.Discord.Models;

/// <summary>The message a reply answers.</summary>
public sealed record MessageReference(string? MessageId, string? ChannelId = null, string? GuildId = null, bool? FailIfNotExists = null);
