namespace Bot.Host.Discord.Models;

public sealed record EmbedFooter(string Text);
