using System.Buffers.Binary;
using System.IO.Compression;

namespace Bot.Benchmarks;

/// <summary>
/// Real PNG files made on the fly: 8-bit grey, every pixel noise from a seed (6 bits of it, so zlib brings 512×512 px
/// to about 200 KB). Each seed gives different pixels, hence a different SHA-256: no photo is a duplicate of another.
/// </summary>
internal static class BenchImages
{
    private static readonly uint[] CrcTable = BuildCrcTable();

    public static byte[] NoisePng(int side, int seed)
    {
        var random = new Random(seed);
        using var output = new MemoryStream(side * side);
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, side);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), side);
        header[8] = 8; // bit depth; colour type 0 (grey), no interlace
        Chunk(output, "IHDR"u8, header);
        using (var pixels = new MemoryStream(side * side))
        {
            using (var zlib = new ZLibStream(pixels, CompressionLevel.Fastest, leaveOpen: true))
            {
                var row = new byte[1 + side];
                for (var y = 0; y < side; y++)
                {
                    random.NextBytes(row.AsSpan(1));
                    for (var x = 1; x < row.Length; x++)
                    {
                        row[x] &= 0x3F;
                    }

                    zlib.Write(row);
                }
            }

            Chunk(output, "IDAT"u8, pixels.GetBuffer().AsSpan(0, (int)pixels.Length));
        }

        Chunk(output, "IEND"u8, []);
        return output.ToArray();
    }

    private static void Chunk(MemoryStream output, ReadOnlySpan<byte> type, ReadOnlySpan<byte> content)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, content.Length);
        output.Write(word);
        output.Write(type);
        output.Write(content);
        var crc = Crc(Crc(0xFFFFFFFFu, type), content) ^ 0xFFFFFFFFu;
        BinaryPrimitives.WriteUInt32BigEndian(word, crc);
        output.Write(word);
    }

    private static uint Crc(uint crc, ReadOnlySpan<byte> data)
    {
        foreach (var b in data)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
