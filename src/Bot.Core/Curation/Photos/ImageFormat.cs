namespace Bot.Core.Curation.Photos;

public enum ImageFormat
{
    Jpeg,
    Png,
    WebP,
}
