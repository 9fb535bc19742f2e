namespace Bot.Host.Discord.Models;

/// <param name="Id">The index of a new file part (files[n] → "n"), or the id of an attachment to keep.</param>
public sealed record AttachmentReference(string Id, string? Filename = null, string? Description = null);
