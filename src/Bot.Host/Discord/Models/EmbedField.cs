namespace Bot.Host.Discord.Models;

/// <param name="Name">At most 256 characters.</param>
/// <param name="Value">At most 1024 characters.</param>
public sealed record EmbedField(string Name, string Value, bool? Inline = null);
