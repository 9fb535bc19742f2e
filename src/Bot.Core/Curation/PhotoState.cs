namespace Bot.Core.Curation;

public enum PhotoState
{
    /// <summary>Only the platform's file id is known; the download worker will fetch it.</summary>
    Pending,
    Stored,

    /// <summary>Not an image, too small, a duplicate or not downloadable; the seller was told why.</summary>
    Refused,

    /// <summary>Dropped by a resubmission or deleted after the retention period; kept as history.</summary>
    Removed,
}
