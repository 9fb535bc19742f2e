using System.Buffers.Binary;
using System.Text;

namespace Bot.Core.Curation.Photos;

/// <summary>
/// Removes the metadata that can carry a location (EXIF GPS, XMP) before a photo is stored or shown to curators:
/// a photo sent "as file" keeps the phone's EXIF, and UU PDP asks us to keep no more than we need.
/// The pixels are never touched. A photo with nothing to remove (Telegram's own photos carry no EXIF) is returned as
/// it is, not copied: every copy of a photo is a large-object-heap array that only a full collection frees.
/// </summary>
public static class MetadataStripper
{
    private static readonly string[] PngLocationKeywords = ["XML:com.adobe.xmp", "Raw profile type exif", "Raw profile type APP1"];

    /// <returns>The bytes without location metadata: <paramref name="data"/> itself when it carries none.</returns>
    public static byte[] Strip(byte[] data, ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => Without(data, JpegRemovals(data)),
        ImageFormat.Png => Without(data, PngRemovals(data)),
        _ => WebP(data),
    };

    private static List<Range> JpegRemovals(byte[] data)
    {
        var removed = new List<Range>();
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
                i += marker == 0xFF ? 1 : 2;
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(i + 2));
            var end = Math.Min(data.Length, i + 2 + length);

            // APP1 holds EXIF (with GPS) and XMP; APP13 holds Photoshop/IPTC data, which can name a place.
            // The scan and everything after it is kept as it is.
            if (marker is 0xE1 or 0xED)
            {
                removed.Add(i..end);
            }

            i = end;
        }

        return removed;
    }

    private static List<Range> PngRemovals(byte[] data)
    {
        var removed = new List<Range>();
        var i = 8;
        while (i + 12 <= data.Length)
        {
            var length = (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(i)), int.MaxValue - 12);
            var total = Math.Min(data.Length - i, 12 + length);
            if (IsPngLocationChunk(data.AsSpan(i + 4, 4), data.AsSpan(i + 8, Math.Max(0, total - 12))))
            {
                removed.Add(i..(i + total));
            }

            i += total;
        }

        return removed;
    }

    private static bool IsPngLocationChunk(ReadOnlySpan<byte> type, ReadOnlySpan<byte> content)
    {
        if (type.SequenceEqual("eXIf"u8))
        {
            return true;
        }

        if (!type.SequenceEqual("tEXt"u8) && !type.SequenceEqual("zTXt"u8) && !type.SequenceEqual("iTXt"u8))
        {
            return false;
        }

        var zero = content.IndexOf((byte)0);
        var keyword = Encoding.Latin1.GetString(zero < 0 ? content : content[..zero]);
        return PngLocationKeywords.Contains(keyword, StringComparer.OrdinalIgnoreCase);
    }

    private static byte[] WebP(byte[] data)
    {
        var removed = new List<Range>();
        var i = 12;
        var vp8xFlagsAt = -1;
        while (i + 8 <= data.Length)
        {
            var fourCc = data.AsSpan(i, 4);
            var size = (int)Math.Min(BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(i + 4)), int.MaxValue - 10);
            var total = Math.Min(data.Length - i, 8 + size + (size & 1));
            if (fourCc.SequenceEqual("EXIF"u8) || fourCc.SequenceEqual("XMP "u8))
            {
                removed.Add(i..(i + total));
            }
            else if (fourCc.SequenceEqual("VP8X"u8))
            {
                // Where the flags land once the removed chunks before them are gone.
                vp8xFlagsAt = i + 8 - removed.Sum(r => r.End.Value - r.Start.Value);
            }

            i += total;
        }

        var result = Without(data, removed);

        // The canvas header announces EXIF (0x08) and XMP (0x04); they are gone now.
        var flagsAnnounceMetadata = vp8xFlagsAt >= 0 && vp8xFlagsAt < result.Length && (result[vp8xFlagsAt] & 0x0C) != 0;
        var riffSizeWrong = result.Length >= 8 && BinaryPrimitives.ReadUInt32LittleEndian(result.AsSpan(4)) != (uint)(result.Length - 8);
        if (!flagsAnnounceMetadata && !riffSizeWrong)
        {
            return result;
        }

        if (ReferenceEquals(result, data))
        {
            result = (byte[])data.Clone();
        }

        if (flagsAnnounceMetadata)
        {
            result[vp8xFlagsAt] &= 0xF3;
        }

        if (result.Length >= 8)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(result.AsSpan(4), (uint)(result.Length - 8));
        }

        return result;
    }

    /// <summary>The bytes without the given ranges (in order, not overlapping), copied once into an array of the exact size.</summary>
    private static byte[] Without(byte[] data, List<Range> removed)
    {
        if (removed.Count == 0)
        {
            return data;
        }

        var result = new byte[data.Length - removed.Sum(r => r.End.Value - r.Start.Value)];
        var from = 0;
        var to = 0;
        foreach (var range in removed)
        {
            var kept = range.Start.Value - from;
            Buffer.BlockCopy(data, from, result, to, kept);
            to += kept;
            from = range.End.Value;
        }

        Buffer.BlockCopy(data, from, result, to, data.Length - from);
        return result;
    }
}
