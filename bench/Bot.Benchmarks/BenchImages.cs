using System.Buffers.Binary;
using System.IO.Compression;

namespace Bot.Benchmarks;

/// <summary>
/// Real PNG files made on the fly: 8-bit grey, every pixel noise from a seed (6 bits of it, so zlib brings 512×512 px
/// to about 200 KB). Each seed gives different pixels, hence a different SHA-256: no photo is a duplicate of another.
/// </summary>
internal static class BenchImages
{
    /// <summary>The smallest padding: a chunk with no content (length, type and CRC).</summary>
    public const int MinPadding = 12;

    private static readonly uint[] CrcTable = BuildCrcTable();
    private static readonly ZLibCompressionOptions HuffmanOnly = new() { CompressionLevel = 1, CompressionStrategy = ZLibCompressionStrategy.HuffmanOnly };

    // The compressed pixels of the image being made, reused: the bench process hosts the fake sellers, so whatever they
    // allocate counts in the working set it measures.
    [ThreadStatic]
    private static MemoryStream? t_pixels;

    /// <summary>A PNG in a new array of its own size.</summary>
    public static byte[] NoisePng(int side, int seed) => NoisePng(side, seed, length => new byte[length]);

    /// <summary>
    /// A PNG written into the array <paramref name="allocate"/> gives for its natural length: an array longer by at least
    /// <see cref="MinPadding"/> bytes is filled up with a private ancillary chunk, which decoders skip.
    /// </summary>
    public static byte[] NoisePng(int side, int seed, Func<int, byte[]> allocate)
    {
        var random = new Random(seed);
        var pixels = t_pixels ??= new MemoryStream(side * side);
        pixels.SetLength(0);

        // Huffman coding alone: noise has no repeats to find, so it is fast and small (6 bits a pixel, about 200 KB);
        // CompressionLevel.Fastest leaves 512×512 px at 262 KB, over one LiteDB chunk.
        using (var zlib = new ZLibStream(pixels, HuffmanOnly, leaveOpen: true))
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

        ReadOnlySpan<byte> signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, side);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], side);
        header[8] = 8; // bit depth; colour type 0 (grey), no interlace
        var idat = pixels.GetBuffer().AsSpan(0, (int)pixels.Length);
        var length = signature.Length + (12 + header.Length) + (12 + idat.Length) + 12;
        var png = allocate(length);
        var padding = png.Length - length;
        if (padding is < 0 or > 0 and < MinPadding)
        {
            throw new ArgumentException($"a {length}-byte PNG cannot fill {png.Length} bytes", nameof(allocate));
        }

        signature.CopyTo(png);
        var at = Chunk(png, signature.Length, "IHDR"u8, header);
        if (padding > 0)
        {
            // "bnCh": ancillary, private, safe to copy. Zeros, so they compress away in nothing and mean nothing.
            png.AsSpan(at + 8, padding - 12).Clear();
            at = Chunk(png, at, "bnCh"u8, png.AsSpan(at + 8, padding - 12));
        }

        at = Chunk(png, at, "IDAT"u8, idat);
        Chunk(png, at, "IEND"u8, []);
        return png;
    }

    /// <summary>Writes a chunk (length, type, content, CRC) at <paramref name="at"/>; returns where the next one starts.</summary>
    private static int Chunk(byte[] png, int at, ReadOnlySpan<byte> type, ReadOnlySpan<byte> content)
    {
        var span = png.AsSpan(at);
        BinaryPrimitives.WriteInt32BigEndian(span, content.Length);
        type.CopyTo(span[4..]);
        content.CopyTo(span[8..]);
        var crc = Crc(Crc(0xFFFFFFFFu, type), content) ^ 0xFFFFFFFFu;
        BinaryPrimitives.WriteUInt32BigEndian(span[(8 + content.Length)..], crc);
        return at + 12 + content.Length;
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
