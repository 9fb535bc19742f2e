namespace Bot.Host.Tests.Fakes;

/// <summary>
/// A file part of a multipart/form-data request received by <see cref="FakeBotApiServer"/>.
/// Telegram.Bot 22.x names uploaded parts "0", "1", ... and refers to them from the JSON
/// parameters as "attach://0", "attach://1", ...
/// </summary>
/// <param name="Name">The form field name of the part (e.g. "0").</param>
/// <param name="FileName">The file name sent in Content-Disposition ("file" when the client had none).</param>
/// <param name="ContentType">The part's Content-Type (Telegram.Bot always sends application/octet-stream).</param>
/// <param name="Content">The raw bytes of the part.</param>
public sealed record RecordedFilePart(string Name, string FileName, string ContentType, byte[] Content)
{
    /// <summary>Number of bytes in the part.</summary>
    public int Length => Content.Length;

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({FileName}, {ContentType}, {Content.Length} bytes)";
}
