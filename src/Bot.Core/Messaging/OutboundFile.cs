namespace Bot.Core.Messaging;

/// <summary>A photo or document to send: by the platform's own file id, or from our file storage.</summary>
public sealed record OutboundFile
{
    public required FileKind Kind { get; init; }

    public string? PlatformFileId { get; init; }

    public string? StoredFileId { get; init; }

    public string? FileName { get; init; }

    public string? Caption { get; init; }
}
