using System.Text;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Profiles;

namespace Bot.Core.Curation.Review;

/// <summary>What a curator sees for a claimed submission: the photos as one album, then the fields, the seller's business, the history, the checklist and the decision buttons.</summary>
public static class ReviewMessages
{
    public static OutboundMessage Album(Localizer t, Submission s) => new()
    {
        Text = t.Format("curation.review.album", s.Code, s.ProductName),
        Files = [.. s.StoredPhotos.Select(p => new OutboundFile
        {
            Kind = FileKind.Photo,
            StoredFileId = p.StoredFileId,
            FileName = $"{s.Code}-{p.Number}.{Extension(p)}",
        })],
    };

    public static OutboundMessage Details(Localizer t, Submission s, SellerProfile? seller)
    {
        var text = new StringBuilder();
        text.AppendLine(t.Format("curation.review.title", s.Code, s.Version)).AppendLine();
        text.AppendLine(CurationTexts.Fields(t, s)).AppendLine();
        text.AppendLine(Seller(t, s, seller));
        text.AppendLine(t.Format("curation.review.photos", string.Join(", ", s.StoredPhotos.Select(p => $"{p.Number}: {p.Width}×{p.Height}"))));
        if (s.Decisions.Count > 0)
        {
            text.AppendLine().AppendLine(t["curation.review.history"]);
            foreach (var d in s.Decisions)
            {
                text.Append("• v").Append(d.Version).Append(' ').Append(Wib.Format(d.AtUtc, t.Language)).Append(" — ").AppendLine(CurationTexts.Outcome(t, d.Outcome));
                var notes = CurationTexts.Notes(t, d);
                if (notes.Length > 0)
                {
                    text.AppendLine(notes.Replace("• ", "   – ", StringComparison.Ordinal));
                }
            }
        }

        text.AppendLine().AppendLine(t["curation.review.checklist"]);
        foreach (var code in CurationChecklist.Codes)
        {
            text.Append("☐ ").AppendLine(t["curation.check." + code]);
        }

        text.AppendLine().Append(t.Format("curation.review.claimed_until", Wib.FormatTime(s.ClaimExpiresUtc ?? default, t.Language)));
        return new OutboundMessage
        {
            Text = text.ToString(),
            Buttons =
            [
                [
                    new Button(t["curation.outcome.approved"], $"/putuskan {s.Id} {DecisionCodes.Approve}"),
                    new Button(t["curation.outcome.needsrevision"], $"/putuskan {s.Id} {DecisionCodes.Revise}"),
                    new Button(t["curation.outcome.rejected"], $"/putuskan {s.Id} {DecisionCodes.Reject}"),
                ],
            ],
        };
    }

    public static string Seller(Localizer t, Submission s, SellerProfile? seller)
    {
        if (seller is null)
        {
            return t.Format("curation.review.seller_unknown", s.BusinessName);
        }

        var place = seller.Kelurahan is { } k ? $"{k}, Kec. {seller.Kecamatan}" : seller.AreaOther ?? t["profile.area." + (seller.Area == ProfileForm.AreaRegency ? "regency" : "city")];
        return t.Format("curation.review.seller", seller.BusinessName, seller.OwnerName, place, seller.Phone, seller.Nib ?? "-", t["sector." + seller.Sector]);
    }

    private static string Extension(SubmissionPhoto photo) => photo.Format switch
    {
        "Png" => "png",
        "WebP" => "webp",
        _ => "jpg",
    };
}
