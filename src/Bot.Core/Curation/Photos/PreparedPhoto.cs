using System.Security.Cryptography;

namespace Bot.Core.Curation.Photos;

/// <summary>
/// A downloaded photo judged by its bytes, stripped of location metadata and hashed by the download worker, so the
/// writer thread only checks for duplicates and stores it: hashing and copying megabytes there would hold up every
/// chat's updates behind it.
/// </summary>
/// <param name="Info">Null when the bytes are not an image we can read.</param>
/// <param name="Stored">The bytes to store (location metadata removed); null when not an image.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of <paramref name="Stored"/>; null when not an image.</param>
public sealed record PreparedPhoto(ImageInfo? Info, byte[]? Stored, string? Sha256)
{
    public static PreparedPhoto Of(byte[] content)
    {
        if (ImageInspector.Inspect(content) is not { } info)
        {
            return new PreparedPhoto(null, null, null);
        }

        var stored = MetadataStripper.Strip(content, info.Format);
        return new PreparedPhoto(info, stored, Convert.ToHexStringLower(SHA256.HashData(stored)));
    }
}
