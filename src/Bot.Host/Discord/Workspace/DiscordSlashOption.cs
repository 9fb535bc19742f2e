namespace Bot.Host.Discord.Workspace;

/// <summary>A text option of a <see cref="DiscordSlashCommand"/>.</summary>
public sealed record DiscordSlashOption(string Name, string DescriptionKey, bool Required = true, int? MaxLength = null);
