namespace Bot.Host.Discord.Models;

/// <summary>A text field in a modal (type 4), wrapped in a <see cref="LabelComponent"/>.</summary>
public sealed record TextInputComponent(string CustomId, TextInputStyle Style) : MessageComponent
{
    public int? MinLength { get; init; }

    /// <summary>At most 4000.</summary>
    public int? MaxLength { get; init; }

    public bool? Required { get; init; }

    public string? Value { get; init; }

    public string? Placeholder { get; init; }
}
