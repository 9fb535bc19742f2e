namespace Bot.Host.Discord.Models;

/// <summary>A button (type 2). Styles 1–4 need a <see cref="CustomId"/> (1–100 characters, unique per message).</summary>
public sealed record ButtonComponent(ButtonStyle Style, string Label) : MessageComponent
{
    public string? CustomId { get; init; }

    public string? Url { get; init; }

    public bool? Disabled { get; init; }

    public static ButtonComponent Create(ButtonStyle style, string label, string customId) => new(style, label) { CustomId = customId };

    public static ButtonComponent Link(string label, string url) => new(ButtonStyle.Link, label) { Url = url };
}
