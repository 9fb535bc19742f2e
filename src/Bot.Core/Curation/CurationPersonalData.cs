using System.Text.Json.Nodes;
using Bot.Core.Conversations;
using Bot.Core.Curation.Submitting;
using Bot.Core.Privacy;

namespace Bot.Core.Curation;

/// <summary>
/// The person's submissions with their decisions. On erasure the photos leave file storage; a submission nobody
/// decided on yet goes whole; a decided one stays for the statistics with its outcomes, reasons and times but no
/// seller, chat, free text or photo.
/// </summary>
public sealed class CurationPersonalData : IPersonalDataSource
{
    public string Section => "curation";

    public JsonNode? Export(WriterSession session, DataSubject subject) =>
        PersonalData.ToArray(SubmissionStore.OfSeller(session.Database, subject.Key).Select(s => new
        {
            s.Code,
            s.State,
            s.Version,
            s.BusinessName,
            s.ProductName,
            s.Category,
            s.Description,
            s.PriceRupiah,
            s.CapacityPerMonth,
            s.CapacityUnit,
            s.Permits,
            s.SubmittedUtc,
            Photos = s.Photos.Select(p => new { p.Number, p.State, p.Width, p.Height, p.Bytes, p.ReceivedUtc }),
            Decisions = s.Decisions.Select(d => new { d.Version, d.Outcome, d.AtUtc, d.Reasons, d.Note, d.Checklist }),
            EarlierVersions = s.Revisions,
        }));

    public void Erase(WriterSession session, DataSubject subject)
    {
        var collection = SubmissionStore.Collection(session.Database);
        foreach (var submission in SubmissionStore.OfSeller(session.Database, subject.Key))
        {
            foreach (var photo in submission.Photos)
            {
                if (photo.StoredFileId is { } fileId)
                {
                    session.Database.Files.Delete(fileId);
                }

                photo.StoredFileId = null;
                photo.PlatformFileId = string.Empty;
                photo.Sha256 = null;
                photo.State = photo.State is PhotoState.Refused ? PhotoState.Refused : PhotoState.Removed;
            }

            if (submission.Decisions.Count == 0)
            {
                collection.Delete(submission.Id);
                continue;
            }

            Anonymise(submission, session.NowUtc);
            collection.Update(submission);
        }
    }

    private static void Anonymise(Submission submission, DateTime nowUtc)
    {
        submission.SellerKey = string.Empty;
        submission.ChatId = string.Empty;
        submission.BusinessName = string.Empty;
        submission.ProductName = string.Empty;
        submission.Description = string.Empty;
        submission.CapacityUnit = string.Empty;
        submission.Revisions.ForEach(r => r.Fields.Clear());
        submission.Decisions.ForEach(d => d.Note = null);
        submission.PendingPhotos = 0;
        submission.PhotosDeletedUtc = nowUtc;

        // A resubmission waiting in the queue leaves it: back to where its last decision put it.
        if (submission.State is SubmissionState.Submitted or SubmissionState.InReview)
        {
            submission.State = submission.Decisions[^1].Outcome switch
            {
                DecisionOutcome.Approved => SubmissionState.Approved,
                DecisionOutcome.NeedsRevision => SubmissionState.NeedsRevision,
                _ => SubmissionState.Rejected,
            };
            SubmissionIntake.ClearClaim(submission);
        }
    }
}
