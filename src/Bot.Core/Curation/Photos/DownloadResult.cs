namespace Bot.Core.Curation.Photos;

public sealed record DownloadResult(DownloadStatus Status, byte[]? Content = null, string? Error = null)
{
    public static DownloadResult Downloaded(byte[] content) => new(DownloadStatus.Downloaded, content);

    public static DownloadResult Transient(string error) => new(DownloadStatus.Transient, Error: error);

    public static DownloadResult TooLarge() => new(DownloadStatus.TooLarge);

    public static DownloadResult Gone(string error) => new(DownloadStatus.Gone, Error: error);
}
