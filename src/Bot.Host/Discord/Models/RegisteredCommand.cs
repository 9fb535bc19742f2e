namespace Bot.Host.Discord.Models;

/// <summary>A command as Discord stored it.</summary>
public sealed record RegisteredCommand(string Id, string Name, string? GuildId, string? Version);
