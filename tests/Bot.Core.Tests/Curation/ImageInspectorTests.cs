using System.Text;
using Bot.Core.Curation.Photos;

namespace Bot.Core.Tests.Curation;

public sealed class ImageInspectorTests
{
    [Fact]
    public void Png_IsRecognisedByItsBytes_WithItsPixelSize() =>
        Assert.Equal(new ImageInfo(ImageFormat.Png, 640, 480), ImageInspector.Inspect(TestImages.Png(640, 480)));

    [Fact]
    public void Jpeg_SizeIsReadFromTheFrameHeader_PastTheExifBlock() =>
        Assert.Equal(new ImageInfo(ImageFormat.Jpeg, 1280, 960), ImageInspector.Inspect(TestImages.Jpeg(1280, 960)));

    [Fact]
    public void WebP_LossyLosslessAndExtended_AreRead()
    {
        byte[] lossy = [.. "RIFF"u8, 0, 0, 0, 0, .. "WEBP"u8, .. "VP8 "u8, 10, 0, 0, 0, 0, 0, 0, 0x9D, 0x01, 0x2A, 0x20, 0x03, 0x58, 0x02];
        Assert.Equal(new ImageInfo(ImageFormat.WebP, 800, 600), ImageInspector.Inspect(lossy));

        var bits = (uint)(799 | (599 << 14));
        byte[] lossless = [.. "RIFF"u8, 0, 0, 0, 0, .. "WEBP"u8, .. "VP8L"u8, 5, 0, 0, 0, 0x2F, (byte)bits, (byte)(bits >> 8), (byte)(bits >> 16), (byte)(bits >> 24), 0];
        Assert.Equal(new ImageInfo(ImageFormat.WebP, 800, 600), ImageInspector.Inspect(lossless));
    }

    [Theory]
    [InlineData("%PDF-1.7 not an image")]
    [InlineData("GIF89a")]
    [InlineData("")]
    public void NonImages_AreRefusedWhateverTheirName(string content) =>
        Assert.Null(ImageInspector.Inspect(Encoding.ASCII.GetBytes(content)));

    [Fact]
    public void TruncatedHeaders_AreNotImages()
    {
        Assert.Null(ImageInspector.Inspect(TestImages.Png(600, 600)[..20]));
        Assert.Null(ImageInspector.Inspect(TestImages.Jpeg(600, 600)[..30]));
    }

    [Fact]
    public void Jpeg_ExifWithGps_IsStripped_AndTheRestKept()
    {
        var original = TestImages.Jpeg(1000, 800);
        var stripped = MetadataStripper.Strip(original, ImageFormat.Jpeg);

        Assert.Contains("GPSLatitude", Encoding.Latin1.GetString(original));
        Assert.DoesNotContain("GPS", Encoding.Latin1.GetString(stripped));
        Assert.DoesNotContain("Exif", Encoding.Latin1.GetString(stripped));
        Assert.Equal(TestImages.Jpeg(1000, 800, withExif: false), stripped);
        Assert.Equal(new ImageInfo(ImageFormat.Jpeg, 1000, 800), ImageInspector.Inspect(stripped));
    }

    [Fact]
    public void Png_eXIfChunk_IsStripped()
    {
        var stripped = MetadataStripper.Strip(TestImages.Png(600, 600, withExif: true), ImageFormat.Png);

        Assert.Equal(TestImages.Png(600, 600), stripped);
        Assert.Equal(TestImages.Png(600, 600), MetadataStripper.Strip(TestImages.Png(600, 600), ImageFormat.Png));
    }
}
