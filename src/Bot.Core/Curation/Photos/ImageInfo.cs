namespace Bot.Core.Curation.Photos;

public sealed record ImageInfo(ImageFormat Format, int Width, int Height)
{
    public string Extension => Format switch
    {
        ImageFormat.Jpeg => "jpg",
        ImageFormat.Png => "png",
        _ => "webp",
    };
}
