using System.Globalization;
using Bot.Core.Profiles;
using Bot.Core.Storage;

namespace Bot.Core.Curation.Export;

/// <summary>
/// Submissions and their decisions as CSV (see <see cref="SpreadsheetCsv"/>):
/// one row per decision, and one row for a submission not decided yet.
/// </summary>
public static class CurationCsv
{
    private static readonly string[] Header =
    [
        "code", "version", "state", "submitted_utc", "seller", "business", "owner", "phone", "nib", "product", "category",
        "description", "price_rupiah", "capacity_per_month", "capacity_unit", "permits", "photos_stored", "photos_refused",
        "decision_version", "decided_utc", "curator", "outcome", "reasons", "note", .. CurationChecklistHeader(),
    ];

    /// <param name="profileOf">The seller's profile by key (blank for an erased seller's anonymised submission).</param>
    public static byte[] Write(IEnumerable<Submission> submissions, Func<string?, SellerProfile?> profileOf) =>
        SpreadsheetCsv.Write(Header, submissions.SelectMany(s =>
        {
            var profile = profileOf(s.SellerKey);
            return s.Decisions.Count == 0 ? [Row(s, profile, null)] : s.Decisions.Select(d => Row(s, profile, d));
        }));

    private static IEnumerable<string> CurationChecklistHeader() => Review.CurationChecklist.Codes.Select(c => "check_" + c);

    private static string?[] Row(Submission s, SellerProfile? profile, CurationDecision? d)
    {
        object?[] fields =
        [
            s.Code, s.Version, s.State, Iso(s.SubmittedUtc), s.SellerKey, profile?.BusinessName ?? s.BusinessName, profile?.OwnerName,
            profile?.Phone, profile?.Nib, s.ProductName, s.Category, s.Description, s.PriceRupiah, s.CapacityPerMonth, s.CapacityUnit,
            string.Join(' ', s.Permits), s.StoredPhotos.Count(), s.Photos.Count(p => p.State == PhotoState.Refused),
            d?.Version, d is null ? null : Iso(d.AtUtc), d?.Curator, d?.Outcome, d is null ? null : string.Join(' ', d.Reasons), d?.Note,
        ];
        IEnumerable<string?> checks = Review.CurationChecklist.Codes.Select(code => d is null ? null : d.Checklist.GetValueOrDefault(code) ? "1" : "0");
        return [.. fields.Select(f => Convert.ToString(f, CultureInfo.InvariantCulture)), .. checks];
    }

    private static string Iso(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
