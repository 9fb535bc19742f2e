using Bot.Core.Conversations;
using Bot.Core.Curation.Workspace;
using Bot.Core.Messaging;
using Bot.Core.Storage;
using Microsoft.Extensions.Options;

namespace Bot.Core.Curation.Photos;

/// <summary>
/// Runs on the writer thread (through the download jobs): judges a downloaded photo (prepared by the worker: read,
/// stripped of location metadata and hashed), stores it, or refuses it and tells the seller which photo and why, with a
/// button to send a replacement. When the last pending photo settles, the seller hears that the submission is in the
/// queue and the workspace gets its curation card.
/// </summary>
public sealed class PhotoIntake(IOptions<CurationOptions> options, CurationCards cards)
{
    private readonly CurationOptions _options = options.Value;

    public void Downloaded(WriterSession session, int submissionId, int number, PreparedPhoto prepared)
    {
        if (Find(session, submissionId, number) is not var (submission, photo))
        {
            return;
        }

        photo.Attempts++;
        var info = prepared.Info;
        if (info is null || prepared.Stored is not { } stored || prepared.Sha256 is not { } hash)
        {
            Refuse(session, submission, photo, PhotoRefusal.NotImage);
        }
        else if (Math.Min(info.Width, info.Height) < _options.MinPhotoSide)
        {
            photo.Width = info.Width;
            photo.Height = info.Height;
            Refuse(session, submission, photo, PhotoRefusal.TooSmall);
        }
        else
        {
            var duplicate = DuplicateOf(session, submission, photo, hash);
            if (duplicate is not null)
            {
                Refuse(session, submission, photo, PhotoRefusal.Duplicate, duplicate);
            }
            else
            {
                var fileId = $"curation/{submission.Id}/{photo.Number}.{info.Extension}";
                FileStorageWriter.Save(session.Database, fileId, $"{submission.Code}-{photo.Number}.{info.Extension}", info.MimeType, stored, session.NowUtc);
                photo.State = PhotoState.Stored;
                photo.StoredFileId = fileId;
                photo.Sha256 = hash;
                photo.Bytes = stored.LongLength;
                photo.Width = info.Width;
                photo.Height = info.Height;
                photo.Format = info.Format.ToString();
                photo.StoredUtc = session.NowUtc;
                photo.NextAttemptUtc = null;
            }
        }

        Settle(session, submission);
    }

    /// <summary>A failed download: retried later with backoff, or refused when retrying cannot help.</summary>
    public void Failed(WriterSession session, int submissionId, int number, DownloadStatus status)
    {
        if (Find(session, submissionId, number) is not var (submission, photo))
        {
            return;
        }

        photo.Attempts++;
        if (status == DownloadStatus.Transient && photo.Attempts < _options.MaxDownloadAttempts)
        {
            var seconds = Math.Min(600, _options.DownloadRetrySeconds * Math.Pow(2, photo.Attempts - 1));
            photo.NextAttemptUtc = session.NowUtc + TimeSpan.FromSeconds(seconds);
            SubmissionStore.Collection(session.Database).Update(submission);
            return;
        }

        Refuse(session, submission, photo, status == DownloadStatus.TooLarge ? PhotoRefusal.TooLarge : PhotoRefusal.Unavailable);
        Settle(session, submission);
    }

    private static (Submission Submission, SubmissionPhoto Photo)? Find(WriterSession session, int submissionId, int number)
    {
        var submission = SubmissionStore.Collection(session.Database).FindById(submissionId);
        var photo = submission?.Photos.FirstOrDefault(p => p.Number == number);

        // A photo dropped by a resubmission meanwhile, or a second report of the same download: nothing to do.
        return photo is { State: PhotoState.Pending } ? (submission!, photo) : null;
    }

    private static string? DuplicateOf(WriterSession session, Submission submission, SubmissionPhoto photo, string hash)
    {
        if (submission.Photos.Any(p => p != photo && p.Sha256 == hash && p.State == PhotoState.Stored))
        {
            return submission.Code;
        }

        return SubmissionStore.OfSeller(session.Database, submission.SellerKey)
            .FirstOrDefault(s => s.Id != submission.Id && s.Photos.Any(p => p.Sha256 == hash && p.State is PhotoState.Stored or PhotoState.Removed))?.Code;
    }

    private void Refuse(WriterSession session, Submission submission, SubmissionPhoto photo, PhotoRefusal refusal, string? duplicateOf = null)
    {
        photo.State = PhotoState.Refused;
        photo.Refusal = refusal;
        photo.NextAttemptUtc = null;
        var t = session.TextsFor(session.Conversation(submission.SellerChat));
        var reason = refusal switch
        {
            PhotoRefusal.NotImage => t["curation.photo.refused.not_image"],
            PhotoRefusal.TooSmall => t.Format("curation.photo.refused.too_small", photo.Width, photo.Height, _options.MinPhotoSide),
            PhotoRefusal.Duplicate => t.Format("curation.photo.refused.duplicate", duplicateOf),
            PhotoRefusal.TooLarge => t.Format("curation.photo.refused.too_large", _options.MaxPhotoBytes / (1024 * 1024)),
            _ => t["curation.photo.refused.unavailable"],
        };
        session.Send(submission.SellerChat, new OutboundMessage
        {
            Text = t.Format("curation.photo.refused", photo.Number, submission.Code, submission.ProductName, reason),
            Buttons = [[new Button(t["curation.photo.replace_button"], "/gantifoto " + submission.Id)]],
        });
    }

    private void Settle(WriterSession session, Submission submission)
    {
        submission.PendingPhotos = submission.Photos.Count(p => p.State == PhotoState.Pending);
        SubmissionStore.Collection(session.Database).Update(submission);
        if (submission.PendingPhotos > 0)
        {
            return;
        }

        var t = session.TextsFor(session.Conversation(submission.SellerChat));
        var stored = submission.StoredPhotos.Count();
        session.Send(submission.SellerChat, stored > 0
            ? OutboundMessage.Plain(t.Format("curation.photos.ready", submission.Code, stored))
            : new OutboundMessage
            {
                Text = t.Format("curation.photos.none_usable", submission.Code),
                Buttons = [[new Button(t["curation.photo.replace_button"], "/gantifoto " + submission.Id)]],
            });
        cards.PostIfReady(session, submission);
    }
}
