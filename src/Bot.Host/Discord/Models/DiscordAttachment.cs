namespace Bot.Host.Discord.Models;

/// <summary>A file on a message. <see cref="Url"/> is signed and expires: download it promptly.</summary>
public sealed record DiscordAttachment(string Id, string Filename, long Size, string Url, string? ContentType = null, int? Width = null, int? Height = null);
