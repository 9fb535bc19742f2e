namespace Bot.Core.Messaging;

/// <summary>One thing a user did, as every platform adapter reports it to the pipeline.</summary>
public sealed record InboundUpdate
{
    public required Platform Platform { get; init; }

    /// <summary>Unique per platform; the pipeline drops a second update with the same id.</summary>
    public required string UpdateId { get; init; }

    public required string ChatId { get; init; }

    public required string SenderId { get; init; }

    public string? SenderName { get; init; }

    /// <summary>IETF language tag the platform reports for the sender (e.g. "id", "en-US").</summary>
    public string? LanguageCode { get; init; }

    public InboundKind Kind { get; init; } = InboundKind.Text;

    public string? Text { get; init; }

    public ButtonPress? Button { get; init; }

    public IReadOnlyList<InboundFile> Files { get; init; } = [];

    /// <summary>Set when the platform delivers an album as several updates.</summary>
    public string? MediaGroupId { get; init; }

    public ChatRef Chat => new(Platform, ChatId);

    public string Key => $"{Platform}:{UpdateId}";
}
