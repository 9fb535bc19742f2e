namespace Bot.Host.Discord.Models;

/// <summary>A label (type 18, at most 45 characters) around one modal field.</summary>
public sealed record LabelComponent(string Label, MessageComponent Component) : MessageComponent
{
    public string? Description { get; init; }
}
