using System.ComponentModel.DataAnnotations;

namespace Bot.Core.Curation;

public sealed class CurationOptions
{
    public const string Section = "Curation";

    /// <summary>How long a curator holds a submission from "next in queue" before another curator may take it.</summary>
    [Range(1, 1440, ErrorMessage = "Curation:ClaimMinutes must be between 1 and 1440.")]
    public int ClaimMinutes { get; set; } = 30;

    /// <summary>Photos of rejected submissions are deleted this many days after the rejection.</summary>
    [Range(1, 3650, ErrorMessage = "Curation:RejectedPhotoRetentionDays must be between 1 and 3650.")]
    public int RejectedPhotoRetentionDays { get; set; } = 90;

    /// <summary>Photos whose shorter side is below this are refused.</summary>
    [Range(1, 10000, ErrorMessage = "Curation:MinPhotoSide must be between 1 and 10000 pixels.")]
    public int MinPhotoSide { get; set; } = 500;

    /// <summary>Telegram lets bots download at most 20 MB; larger photos are refused with a tip.</summary>
    [Range(1, 104857600, ErrorMessage = "Curation:MaxPhotoBytes must be between 1 and 104857600.")]
    public long MaxPhotoBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>Download attempts per photo before the seller is asked to send it again.</summary>
    [Range(1, 50, ErrorMessage = "Curation:MaxDownloadAttempts must be between 1 and 50.")]
    public int MaxDownloadAttempts { get; set; } = 8;

    /// <summary>The first retry waits this long; each further one twice as long (capped at 10 minutes).</summary>
    [Range(1, 600, ErrorMessage = "Curation:DownloadRetrySeconds must be between 1 and 600.")]
    public int DownloadRetrySeconds { get; set; } = 2;

    /// <summary>Photos downloaded at the same time.</summary>
    [Range(1, 16, ErrorMessage = "Curation:DownloadConcurrency must be between 1 and 16.")]
    public int DownloadConcurrency { get; set; } = 2;
}
