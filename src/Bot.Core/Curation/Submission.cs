using System.Globalization;
using Bot.Core.Messaging;
using LiteDB;

namespace Bot.Core.Curation;

/// <summary>A product sent for curation, with its photos, its review claim and its whole decision history.</summary>
public sealed class Submission
{
    public int Id { get; set; }

    /// <summary>The seller's profile key, "platform:user id".</summary>
    public string SellerKey { get; set; } = string.Empty;

    public Platform Platform { get; set; }

    public string ChatId { get; set; } = string.Empty;

    public string BusinessName { get; set; } = string.Empty;

    public string ProductName { get; set; } = string.Empty;

    public string Category { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public long PriceRupiah { get; set; }

    public long CapacityPerMonth { get; set; }

    public string CapacityUnit { get; set; } = string.Empty;

    /// <summary>Permit codes (pirt, bpom, halal); empty when the seller holds none.</summary>
    public List<string> Permits { get; set; } = [];

    public List<SubmissionPhoto> Photos { get; set; } = [];

    public SubmissionState State { get; set; }

    /// <summary>1 for the first submission, +1 for each resubmission after a revision request.</summary>
    public int Version { get; set; } = 1;

    public DateTime CreatedUtc { get; set; }

    public DateTime SubmittedUtc { get; set; }

    /// <summary>Queue order: the time it (re)entered the queue.</summary>
    public DateTime QueuedUtc { get; set; }

    /// <summary>Photos still to download; indexed, so the worker finds work without scanning.</summary>
    public int PendingPhotos { get; set; }

    public string? ClaimedBy { get; set; }

    /// <summary>The claiming curator's display name, for the queue summary.</summary>
    public string? ClaimedByName { get; set; }

    public string? ClaimChatId { get; set; }

    public Platform? ClaimPlatform { get; set; }

    public DateTime? ClaimExpiresUtc { get; set; }

    public List<CurationDecision> Decisions { get; set; } = [];

    public List<SubmissionRevision> Revisions { get; set; } = [];

    public DateTime? DecidedUtc { get; set; }

    /// <summary>When the seller withdrew it (/tarikkurasi); its photos then follow the rejected-photo retention.</summary>
    public DateTime? WithdrawnUtc { get; set; }

    public DateTime? PhotosDeletedUtc { get; set; }

    /// <summary>The workspace card last posted for this submission (platform message id), learnt when it was sent.</summary>
    public string? CardMessageId { get; set; }

    /// <summary>The version that card shows.</summary>
    public int CardVersion { get; set; }

    [BsonIgnore]
    public string Code => CodeOf(Id);

    [BsonIgnore]
    public ChatRef SellerChat => new(Platform, ChatId);

    [BsonIgnore]
    public IEnumerable<SubmissionPhoto> StoredPhotos => Photos.Where(p => p.State == PhotoState.Stored).OrderBy(p => p.Number);

    /// <summary>Photos that are or will be part of the product (pending or stored).</summary>
    [BsonIgnore]
    public int LivePhotoCount => Photos.Count(p => p.State is PhotoState.Pending or PhotoState.Stored);

    /// <summary>Curators can take it: waiting (or its claim lapsed), every photo settled and at least one stored.</summary>
    public bool IsReviewable(DateTime nowUtc) =>
        (State == SubmissionState.Submitted || (State == SubmissionState.InReview && ClaimExpiresUtc <= nowUtc))
        && PendingPhotos == 0 && Photos.Any(p => p.State == PhotoState.Stored);

    public static string CodeOf(int id) => "K-" + id.ToString("0000", CultureInfo.InvariantCulture);

    /// <summary>Reads "K-0007", "k7" or "7".</summary>
    public static bool TryParseCode(string? text, out int id)
    {
        var trimmed = (text ?? string.Empty).Trim().TrimStart('#');
        if (trimmed.StartsWith('K') || trimmed.StartsWith('k'))
        {
            trimmed = trimmed[1..].TrimStart('-');
        }

        return int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;
    }
}
