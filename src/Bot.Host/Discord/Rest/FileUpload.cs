namespace Bot.Host.Discord.Rest;

/// <summary>A file sent as <c>files[n]</c>. Discord takes up to 10 MiB per file and 25 MiB per request.</summary>
public sealed record FileUpload(string FileName, ReadOnlyMemory<byte> Content, string ContentType = "application/octet-stream")
{
    /// <summary>Alt text shown for the attachment.</summary>
    public string? Description { get; init; }
}
