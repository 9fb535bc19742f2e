using Bot.Core.Conversations;
using LiteDB;

namespace Bot.Core.Curation.Retention;

/// <summary>
/// Deletes the stored photos of submissions rejected or withdrawn longer ago than the retention period (UU PDP: keep
/// no longer than needed).
/// </summary>
public sealed class RejectedPhotoCleanupJob(TimeSpan retention) : IPipelineJob
{
    public string Name => "curation-rejected-photo-cleanup";

    public void Run(WriterSession session)
    {
        var cutoff = session.NowUtc - retention;
        var collection = SubmissionStore.Collection(session.Database);
        var due = collection.Find(Query.In(nameof(Submission.State), SubmissionState.Rejected.ToString(), SubmissionState.Withdrawn.ToString()))
            .Where(s => s.PhotosDeletedUtc is null && (s.State == SubmissionState.Withdrawn ? s.WithdrawnUtc : s.DecidedUtc) <= cutoff)
            .Take(200)
            .ToList();
        foreach (var submission in due)
        {
            foreach (var photo in submission.Photos)
            {
                if (photo.StoredFileId is not { } fileId)
                {
                    continue;
                }

                session.Database.Files.Delete(fileId);
                photo.StoredFileId = null;
                photo.State = PhotoState.Removed;
            }

            submission.PhotosDeletedUtc = session.NowUtc;
            collection.Update(submission);
        }
    }
}
