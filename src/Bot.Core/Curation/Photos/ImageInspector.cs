using System.Buffers.Binary;

namespace Bot.Core.Curation.Photos;

/// <summary>
/// Tells JPEG, PNG and WebP apart by their bytes (never by a file name) and reads the pixel size from the
/// headers, without decoding the image.
/// </summary>
public static class ImageInspector
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <returns>Null when the bytes are not a JPEG, PNG or WebP image whose size can be read.</returns>
    public static ImageInfo? Inspect(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF)
        {
            return Valid(Jpeg(data));
        }

        if (data.StartsWith(PngSignature))
        {
            return Valid(Png(data));
        }

        if (data.Length >= 12 && data[..4].SequenceEqual("RIFF"u8) && data.Slice(8, 4).SequenceEqual("WEBP"u8))
        {
            return Valid(WebP(data));
        }

        return null;
    }

    private static ImageInfo? Valid(ImageInfo? info) => info is { Width: > 0, Height: > 0 } ? info : null;

    private static ImageInfo? Png(ReadOnlySpan<byte> data)
    {
        // The first chunk must be IHDR: width and height are its first eight bytes.
        if (data.Length < 24 || !data.Slice(12, 4).SequenceEqual("IHDR"u8))
        {
            return null;
        }

        var width = BinaryPrimitives.ReadUInt32BigEndian(data[16..]);
        var height = BinaryPrimitives.ReadUInt32BigEndian(data[20..]);
        return width > int.MaxValue || height > int.MaxValue ? null : new ImageInfo(ImageFormat.Png, (int)width, (int)height);
    }

    private static ImageInfo? Jpeg(ReadOnlySpan<byte> data)
    {
        var i = 2;
        while (i + 4 <= data.Length)
        {
            if (data[i] != 0xFF)
            {
                return null;
            }

            var marker = data[i + 1];
            if (marker == 0xFF)
            {
                i++;
                continue;
            }

            if (marker is 0x01 or 0xD8 or (>= 0xD0 and <= 0xD7))
            {
                i += 2;
                continue;
            }

            if (marker is 0xD9 or 0xDA)
            {
                // End of image or start of scan before any frame header: no size to read.
                return null;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(data[(i + 2)..]);
            if (length < 2 || i + 2 + length > data.Length)
            {
                return null;
            }

            if (IsStartOfFrame(marker))
            {
                if (length < 7)
                {
                    return null;
                }

                var height = BinaryPrimitives.ReadUInt16BigEndian(data[(i + 5)..]);
                var width = BinaryPrimitives.ReadUInt16BigEndian(data[(i + 7)..]);
                return new ImageInfo(ImageFormat.Jpeg, width, height);
            }

            i += 2 + length;
        }

        return null;
    }

    /// <summary>SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC) which share the range.</summary>
    internal static bool IsStartOfFrame(byte marker) => marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;

    private static ImageInfo? WebP(ReadOnlySpan<byte> data)
    {
        var i = 12;
        while (i + 8 <= data.Length)
        {
            var fourCc = data.Slice(i, 4);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(data[(i + 4)..]);
            if (size > (uint)(data.Length - i - 8))
            {
                return null;
            }

            var chunk = data.Slice(i + 8, (int)size);
            if (fourCc.SequenceEqual("VP8X"u8) && chunk.Length >= 10)
            {
                return new ImageInfo(ImageFormat.WebP, ReadUInt24(chunk[4..]) + 1, ReadUInt24(chunk[7..]) + 1);
            }

            if (fourCc.SequenceEqual("VP8 "u8) && chunk.Length >= 10 && chunk[3] == 0x9D && chunk[4] == 0x01 && chunk[5] == 0x2A)
            {
                return new ImageInfo(ImageFormat.WebP, BinaryPrimitives.ReadUInt16LittleEndian(chunk[6..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(chunk[8..]) & 0x3FFF);
            }

            if (fourCc.SequenceEqual("VP8L"u8) && chunk.Length >= 5 && chunk[0] == 0x2F)
            {
                var bits = BinaryPrimitives.ReadUInt32LittleEndian(chunk[1..]);
                return new ImageInfo(ImageFormat.WebP, (int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1);
            }

            i += 8 + (int)size + (int)(size & 1);
        }

        return null;
    }

    private static int ReadUInt24(ReadOnlySpan<byte> data) => data[0] | (data[1] << 8) | (data[2] << 16);
}
