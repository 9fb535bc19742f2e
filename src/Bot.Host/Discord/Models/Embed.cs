namespace Bot.Host.Discord.Models;

/// <summary>A rich card. Limits: title 256, description 4096, 25 fields, footer 2048, 6000 characters in all.</summary>
public sealed record Embed
{
    public string? Title { get; init; }

    public string? Description { get; init; }

    public string? Url { get; init; }

    /// <summary>RGB as a number, e.g. 0x2E7D32.</summary>
    public int? Color { get; init; }

    public IReadOnlyList<EmbedField>? Fields { get; init; }

    /// <summary>Use <c>attachment://name.jpg</c> for a file uploaded with the same message.</summary>
    public EmbedMedia? Image { get; init; }

    public EmbedMedia? Thumbnail { get; init; }

    public EmbedFooter? Footer { get; init; }

    public DateTimeOffset? Timestamp { get; init; }
}
