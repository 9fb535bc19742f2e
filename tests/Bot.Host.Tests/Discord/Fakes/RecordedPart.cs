using System.Text;

namespace Bot.Host.Tests.Discord.Fakes;

/// <summary>One part of a multipart/form-data request, with its Content-Disposition exactly as the client sent it.</summary>
public sealed record RecordedPart(string Name, string? FileName, string? ContentType, string ContentDisposition, byte[] Content)
{
    public string Text => Encoding.UTF8.GetString(Content);

    public override string ToString() => $"{Name}{(FileName is null ? string.Empty : $" ({FileName}, {ContentType}, {Content.Length} B)")}";
}
