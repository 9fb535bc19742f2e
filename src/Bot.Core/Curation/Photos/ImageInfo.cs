namespace Bot.Core.Curation.Photos;

public sealed record ImageInfo(ImageFormat Format, int Width, int Height)
{
    public string Extension => Format switch
    {
        ImageFormat.Jpeg => "jpg",
        ImageFormat.Png => "png",
        _ => "webp",
    };

    public string MimeType => Format switch
    {
        ImageFormat.Jpeg => "image/jpeg",
        ImageFormat.Png => "image/png",
        _ => "image/webp",
    };
}
