using System.Buffers.Binary;
using System.IO.Compression;

namespace Bot.Host.Tests.Support;

/// <summary>Product photos for tests: real PNGs whose pixels differ by seed, so each hashes differently.</summary>
internal static class TestPng
{
    /// <summary>A real RGB PNG written by hand: IHDR, zlib-compressed rows, IEND, each chunk with its CRC.</summary>
    public static byte[] Create(int width, int height, byte seed)
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 2;
        Chunk(output, "IHDR", header);
        using (var pixels = new MemoryStream())
        {
            using (var zlib = new ZLibStream(pixels, CompressionLevel.Fastest, leaveOpen: true))
            {
                var row = new byte[1 + (width * 3)];
                for (var y = 0; y < height; y++)
                {
                    for (var x = 1; x < row.Length; x++)
                    {
                        row[x] = (byte)((x * seed) ^ y);
                    }

                    zlib.Write(row);
                }
            }

            Chunk(output, "IDAT", pixels.ToArray());
        }

        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    private static void Chunk(Stream output, string type, byte[] content)
    {
        var buffer = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(buffer, content.Length);
        output.Write(buffer);
        byte[] typed = [.. System.Text.Encoding.ASCII.GetBytes(type), .. content];
        output.Write(typed);
        var crc = 0xFFFFFFFFu;
        foreach (var b in typed)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(buffer, ~crc);
        output.Write(buffer);
    }
}
