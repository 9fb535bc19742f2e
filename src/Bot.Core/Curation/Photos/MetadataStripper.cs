using System.Buffers.Binary;
using System.Text;

namespace Bot.Core.Curation.Photos;

/// <summary>
/// Removes the metadata that can carry a location (EXIF GPS, XMP) before a photo is stored or shown to curators:
/// a photo sent "as file" keeps the phone's EXIF, and UU PDP asks us to keep no more than we need.
/// The pixels are never touched.
/// </summary>
public static class MetadataStripper
{
    private static readonly string[] PngLocationKeywords = ["XML:com.adobe.xmp", "Raw profile type exif", "Raw profile type APP1"];

    public static byte[] Strip(byte[] data, ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => Jpeg(data),
        ImageFormat.Png => Png(data),
        _ => WebP(data),
    };

    private static byte[] Jpeg(byte[] data)
    {
        using var output = new MemoryStream(data.Length);
        output.Write(data, 0, 2);
        var i = 2;
        while (i + 4 <= data.Length)
        {
            var marker = data[i + 1];
            if (data[i] != 0xFF || marker == 0xDA || marker == 0xD9)
            {
                break;
            }

            if (marker == 0xFF || marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                output.Write(data, i, marker == 0xFF ? 1 : 2);
                i += marker == 0xFF ? 1 : 2;
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(i + 2));
            var end = Math.Min(data.Length, i + 2 + length);

            // APP1 holds EXIF (with GPS) and XMP; APP13 holds Photoshop/IPTC data, which can name a place.
            if (marker is not (0xE1 or 0xED))
            {
                output.Write(data, i, end - i);
            }

            i = end;
        }

        // The scan and everything after it is copied as it is.
        output.Write(data, i, data.Length - i);
        return output.ToArray();
    }

    private static byte[] Png(byte[] data)
    {
        using var output = new MemoryStream(data.Length);
        output.Write(data, 0, 8);
        var i = 8;
        while (i + 12 <= data.Length)
        {
            var length = (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(i)), int.MaxValue - 12);
            var total = Math.Min(data.Length - i, 12 + length);
            var type = Encoding.ASCII.GetString(data, i + 4, 4);
            if (!IsPngLocationChunk(type, data.AsSpan(i + 8, Math.Max(0, total - 12))))
            {
                output.Write(data, i, total);
            }

            i += total;
        }

        output.Write(data, i, data.Length - i);
        return output.ToArray();
    }

    private static bool IsPngLocationChunk(string type, ReadOnlySpan<byte> content)
    {
        if (type == "eXIf")
        {
            return true;
        }

        if (type is not ("tEXt" or "zTXt" or "iTXt"))
        {
            return false;
        }

        var zero = content.IndexOf((byte)0);
        var keyword = Encoding.Latin1.GetString(zero < 0 ? content : content[..zero]);
        return PngLocationKeywords.Contains(keyword, StringComparer.OrdinalIgnoreCase);
    }

    private static byte[] WebP(byte[] data)
    {
        using var output = new MemoryStream(data.Length);
        output.Write(data, 0, 12);
        var i = 12;
        var vp8xFlagsAt = -1;
        while (i + 8 <= data.Length)
        {
            var fourCc = Encoding.ASCII.GetString(data, i, 4);
            var size = (int)Math.Min(BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(i + 4)), int.MaxValue - 10);
            var total = Math.Min(data.Length - i, 8 + size + (size & 1));
            if (fourCc is not ("EXIF" or "XMP "))
            {
                if (fourCc == "VP8X")
                {
                    vp8xFlagsAt = (int)output.Position + 8;
                }

                output.Write(data, i, total);
            }

            i += total;
        }

        output.Write(data, i, data.Length - i);
        var result = output.ToArray();
        if (vp8xFlagsAt >= 0 && vp8xFlagsAt < result.Length)
        {
            // The canvas header announces EXIF (0x08) and XMP (0x04); they are gone now.
            result[vp8xFlagsAt] &= 0xF3;
        }

        BinaryPrimitives.WriteUInt32LittleEndian(result.AsSpan(4), (uint)(result.Length - 8));
        return result;
    }
}
