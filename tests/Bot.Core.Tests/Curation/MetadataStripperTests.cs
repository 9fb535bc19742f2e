using System.Buffers.Binary;
using Bot.Core.Curation.Photos;

namespace Bot.Core.Tests.Curation;

public sealed class MetadataStripperTests
{
    [Fact]
    public void CleanPhotos_AreReturnedAsTheyAre_NotCopied()
    {
        var png = TestImages.Png(600, 600);
        var jpeg = TestImages.Jpeg(600, 600, withExif: false);

        Assert.Same(png, MetadataStripper.Strip(png, ImageFormat.Png));
        Assert.Same(jpeg, MetadataStripper.Strip(jpeg, ImageFormat.Jpeg));
    }

    [Fact]
    public void PhotosWithMetadata_AreCopied_AndTheOriginalLeftAlone()
    {
        var original = TestImages.Jpeg(600, 600);
        var before = original.ToArray();

        var stripped = MetadataStripper.Strip(original, ImageFormat.Jpeg);

        Assert.NotSame(original, stripped);
        Assert.Equal(before, original);
    }

    [Fact]
    public void WebP_ExifAndXmpChunks_AreRemoved_TheFlagsClearedAndTheRiffSizeFixed()
    {
        byte[] vp8x = [.. "VP8X"u8, 10, 0, 0, 0, 0x0C | 0x10, 0, 0, 0, 0x1F, 0x03, 0x00, 0x57, 0x02, 0x00];
        byte[] exif = [.. "EXIF"u8, 3, 0, 0, 0, (byte)'G', (byte)'P', (byte)'S', 0];
        byte[] xmp = [.. "XMP "u8, 2, 0, 0, 0, (byte)'<', (byte)'x'];
        byte[] image = [.. "VP8 "u8, 10, 0, 0, 0, 0, 0, 0, 0x9D, 0x01, 0x2A, 0x20, 0x03, 0x58, 0x02];
        var withMetadata = WebP([.. vp8x, .. exif, .. image, .. xmp]);

        var stripped = MetadataStripper.Strip(withMetadata, ImageFormat.WebP);

        byte[] cleanVp8x = [.. vp8x];
        cleanVp8x[8] = 0x10;
        Assert.Equal(WebP([.. cleanVp8x, .. image]), stripped);
        Assert.Same(stripped, MetadataStripper.Strip(stripped, ImageFormat.WebP));
    }

    private static byte[] WebP(byte[] chunks)
    {
        byte[] file = [.. "RIFF"u8, 0, 0, 0, 0, .. "WEBP"u8, .. chunks];
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(4), (uint)(file.Length - 8));
        return file;
    }
}
