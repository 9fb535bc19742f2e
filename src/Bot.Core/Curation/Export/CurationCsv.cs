using System.Globalization;
using Bot.Core.Profiles;
using CsvHelper;

namespace Bot.Core.Curation.Export;

/// <summary>
/// Submissions and their decisions as CSV (UTF-8 with BOM, so spreadsheet programs read the Indonesian text):
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

    public static byte[] Write(IEnumerable<Submission> submissions, Func<string, SellerProfile?> profileOf)
    {
        using var stream = new MemoryStream();
        // Sellers type free text: a leading "=" must not become a formula in the admin's spreadsheet.
        var options = new CsvWriterOptions { WriteByteOrderMark = true, Injection = CsvInjection.Escape };
        using (var csv = CsvWriter.Create(stream, options, leaveOpen: true))
        {
            foreach (var name in Header)
            {
                csv.WriteField(name);
            }

            csv.EndRecord();
            foreach (var s in submissions)
            {
                var profile = profileOf(s.SellerKey);
                if (s.Decisions.Count == 0)
                {
                    WriteRow(csv, s, profile, null);
                }

                foreach (var decision in s.Decisions)
                {
                    WriteRow(csv, s, profile, decision);
                }
            }

            csv.Flush();
        }

        return stream.ToArray();
    }

    private static IEnumerable<string> CurationChecklistHeader() => Review.CurationChecklist.Codes.Select(c => "check_" + c);

    private static void WriteRow(CsvWriter csv, Submission s, SellerProfile? profile, CurationDecision? d)
    {
        object?[] fields =
        [
            s.Code, s.Version, s.State, Iso(s.SubmittedUtc), s.SellerKey, profile?.BusinessName ?? s.BusinessName, profile?.OwnerName,
            profile?.Phone, profile?.Nib, s.ProductName, s.Category, s.Description, s.PriceRupiah, s.CapacityPerMonth, s.CapacityUnit,
            string.Join(' ', s.Permits), s.StoredPhotos.Count(), s.Photos.Count(p => p.State == PhotoState.Refused),
            d?.Version, d is null ? null : Iso(d.AtUtc), d?.Curator, d?.Outcome, d is null ? null : string.Join(' ', d.Reasons), d?.Note,
        ];
        foreach (var field in fields)
        {
            csv.WriteField(Convert.ToString(field, CultureInfo.InvariantCulture) ?? string.Empty);
        }

        foreach (var code in Review.CurationChecklist.Codes)
        {
            csv.WriteField(d is null ? string.Empty : d.Checklist.GetValueOrDefault(code) ? "1" : "0");
        }

        csv.EndRecord();
    }

    private static string Iso(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
