namespace Bot.Core.Messaging;

/// <summary>A file the platform holds for us; only its id travels until a worker downloads it.</summary>
public sealed record InboundFile
{
    public required FileKind Kind { get; init; }

    public required string FileId { get; init; }

    public string? UniqueId { get; init; }

    public long? Size { get; init; }

    public int? Width { get; init; }

    public int? Height { get; init; }

    public string? MimeType { get; init; }

    public string? FileName { get; init; }
}
