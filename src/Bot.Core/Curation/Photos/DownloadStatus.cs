namespace Bot.Core.Curation.Photos;

public enum DownloadStatus
{
    Downloaded,

    /// <summary>Network or server trouble: tried again later with backoff.</summary>
    Transient,

    /// <summary>Over the size limit: asking again will not help.</summary>
    TooLarge,

    /// <summary>The platform no longer has the file (or never had it).</summary>
    Gone,
}
