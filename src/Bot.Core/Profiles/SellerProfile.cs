using Bot.Core.Messaging;

namespace Bot.Core.Profiles;

/// <summary>A business owner, asked once and reused by every flow. Id is "platform:user id".</summary>
public sealed class SellerProfile
{
    public string Id { get; set; } = string.Empty;

    public Platform Platform { get; set; }

    public string UserId { get; set; } = string.Empty;

    /// <summary>The private chat the seller talks to the bot in; notifications go there.</summary>
    public string ChatId { get; set; } = string.Empty;

    public string OwnerName { get; set; } = string.Empty;

    public string BusinessName { get; set; } = string.Empty;

    public string Sector { get; set; } = string.Empty;

    /// <summary>"kota" (Kota Kediri), "kab" (Kabupaten Kediri) or "luar" (elsewhere).</summary>
    public string Area { get; set; } = string.Empty;

    public string? Kelurahan { get; set; }

    public string? KelurahanCode { get; set; }

    public string? Kecamatan { get; set; }

    /// <summary>The seller's own words for a place outside Kediri.</summary>
    public string? AreaOther { get; set; }

    /// <summary>E.164, "+628…".</summary>
    public string Phone { get; set; } = string.Empty;

    public string? Nib { get; set; }

    public DateTime ConsentUtc { get; set; }

    public string ConsentVersion { get; set; } = string.Empty;

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public static string KeyOf(Platform platform, string userId) => $"{platform}:{userId}";
}
