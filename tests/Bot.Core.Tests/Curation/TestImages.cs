using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Bot.Core.Tests.Curation;

/// <summary>Real image bytes made by hand: a PNG (zlib-compressed RGB rows, CRC-checked chunks) and a baseline JPEG header.</summary>
public static class TestImages
{
    /// <summary>A valid RGB PNG; <paramref name="seed"/> changes the pixels, so two seeds give two different photos.</summary>
    public static byte[] Png(int width, int height, byte seed = 1, bool withExif = false)
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 2;
        Chunk(output, "IHDR", header);
        if (withExif)
        {
            Chunk(output, "eXIf", Encoding.ASCII.GetBytes("MM\0*GPS-7.8166,112.0112"));
        }

        using (var pixels = new MemoryStream())
        {
            using (var zlib = new ZLibStream(pixels, CompressionLevel.Fastest, leaveOpen: true))
            {
                var row = new byte[1 + (width * 3)];
                for (var y = 0; y < height; y++)
                {
                    for (var x = 1; x < row.Length; x++)
                    {
                        row[x] = (byte)((x * seed) + y);
                    }

                    zlib.Write(row);
                }
            }

            Chunk(output, "IDAT", pixels.ToArray());
        }

        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    /// <summary>A baseline JPEG's segments (JFIF, an EXIF block with GPS text, quantisation, frame header, scan, end).</summary>
    public static byte[] Jpeg(int width, int height, bool withExif = true)
    {
        using var output = new MemoryStream();
        output.Write([0xFF, 0xD8]);
        Segment(output, 0xE0, [.. "JFIF\0"u8, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
        if (withExif)
        {
            Segment(output, 0xE1, [.. "Exif\0\0"u8, .. "MM\0*GPSLatitude -7.8166 GPSLongitude 112.0112"u8]);
        }

        Segment(output, 0xDB, [0, .. Enumerable.Repeat((byte)1, 64)]);
        var frame = new byte[15];
        frame[0] = 8;
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(1), (ushort)height);
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(3), (ushort)width);
        frame[5] = 3;
        Segment(output, 0xC0, frame);
        Segment(output, 0xDA, [3, 1, 0, 2, 0x11, 3, 0x11, 0, 63, 0]);
        output.Write([0x12, 0x34, 0x56, 0xFF, 0x00, 0x78]);
        output.Write([0xFF, 0xD9]);
        return output.ToArray();
    }

    private static void Segment(Stream output, byte marker, byte[] content)
    {
        output.Write([0xFF, marker]);
        var length = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(length, (ushort)(content.Length + 2));
        output.Write(length);
        output.Write(content);
    }

    private static void Chunk(Stream output, string type, byte[] content)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, content.Length);
        output.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(content).ToArray();
        output.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc(typed));
        output.Write(crc);
    }

    // PNG's CRC-32 (polynomial 0xEDB88320), bit by bit: slow but tiny, and these images are small.
    private static uint Crc(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
