using Bot.Core.Messaging;

namespace Bot.Core.Curation;

/// <summary>One photo of a submission, from the platform's file id to the stored, checked bytes.</summary>
public sealed class SubmissionPhoto
{
    /// <summary>1-based and never reused within a submission, so "photo 2" stays the same photo in every message.</summary>
    public int Number { get; set; }

    public Platform Platform { get; set; }

    public string PlatformFileId { get; set; } = string.Empty;

    /// <summary>True for an image sent "as file" (a document) rather than as a compressed photo.</summary>
    public bool AsDocument { get; set; }

    public PhotoState State { get; set; }

    public PhotoRefusal Refusal { get; set; }

    /// <summary>The version of the submission the photo was sent with (1 = first submission).</summary>
    public int Version { get; set; } = 1;

    public int Attempts { get; set; }

    public DateTime? NextAttemptUtc { get; set; }

    public string? StoredFileId { get; set; }

    /// <summary>SHA-256 (hex) of the stored bytes, i.e. after location metadata was stripped.</summary>
    public string? Sha256 { get; set; }

    public long Bytes { get; set; }

    public int Width { get; set; }

    public int Height { get; set; }

    public string? Format { get; set; }

    public DateTime ReceivedUtc { get; set; }

    public DateTime? StoredUtc { get; set; }
}
