namespace Bot.Host.Discord.Models;

/// <summary>An embed image or thumbnail: an https URL or <c>attachment://file-name</c>.</summary>
public sealed record EmbedMedia(string Url);
