using System.Globalization;
using Bot.Core.Conversations;
using Bot.Core.Curation.Photos;
using Bot.Core.Curation.Workspace;
using Bot.Core.Profiles;

namespace Bot.Core.Curation.Submitting;

/// <summary>
/// Turns a saved form into a submission (new, resubmitted or with replacement photos) and wakes the download worker.
/// A resubmission that keeps its stored photos is ready at once, so its curation card goes out here.
/// </summary>
public sealed class SubmissionIntake(PhotoDownloadWorker downloads, CurationCards cards)
{
    public void Create(UpdateContext context, IReadOnlyDictionary<string, string> values)
    {
        var update = context.Update;
        var sellerKey = SellerProfile.KeyOf(update.Platform, update.SenderId);
        var profile = ProfileStore.Collection(context.Session.Database).FindById(sellerKey);
        var submission = new Submission
        {
            SellerKey = sellerKey,
            Platform = update.Platform,
            ChatId = update.ChatId,
            BusinessName = profile?.BusinessName ?? string.Empty,
            State = SubmissionState.Submitted,
            CreatedUtc = context.NowUtc,
            SubmittedUtc = context.NowUtc,
            QueuedUtc = context.NowUtc,
        };
        Apply(submission, values);
        AddPhotos(submission, Items(values), context);
        var collection = SubmissionStore.Collection(context.Session.Database);
        collection.Insert(submission);
        context.Reply(MainMenu.Message(context.T, context.T.Format("curation.submitted", submission.Code, submission.ProductName, submission.PendingPhotos)));
        context.Session.AfterCommit(downloads.Wake);
    }

    public void Resubmit(UpdateContext context, int id, IReadOnlyDictionary<string, string> values)
    {
        var collection = SubmissionStore.Collection(context.Session.Database);
        var submission = collection.FindById(id);
        if (submission is null || submission.SellerKey != SellerProfile.KeyOf(context.Update.Platform, context.Update.SenderId)
            || submission.State != SubmissionState.NeedsRevision)
        {
            context.Reply(MainMenu.Message(context.T, context.T.Format("curation.resubmit.not_open", Submission.CodeOf(id))));
            return;
        }

        submission.Revisions.Add(new SubmissionRevision
        {
            Version = submission.Version,
            SubmittedUtc = submission.SubmittedUtc,
            Fields = ValuesOf(submission),
            PhotoNumbers = [.. submission.StoredPhotos.Select(p => p.Number)],
        });
        submission.Version++;
        Apply(submission, values);
        var items = Items(values);
        var kept = items.Where(i => i.Kind == PhotoItem.Stored).Select(i => i.StoredNumber).ToHashSet();
        foreach (var photo in submission.Photos.Where(p => p.State is PhotoState.Stored or PhotoState.Pending && !kept.Contains(p.Number)))
        {
            // Kept in storage as history of the earlier version; no longer shown to curators.
            photo.State = PhotoState.Removed;
        }

        AddPhotos(submission, items.Where(i => i.Kind != PhotoItem.Stored), context);
        submission.State = SubmissionState.Submitted;
        submission.SubmittedUtc = context.NowUtc;
        submission.QueuedUtc = context.NowUtc;
        ClearClaim(submission);
        collection.Update(submission);
        cards.PostIfReady(context.Session, submission);
        context.Reply(MainMenu.Message(context.T, context.T.Format("curation.resubmitted", submission.Code, submission.Version)));
        context.Session.AfterCommit(downloads.Wake);
    }

    /// <summary>Adds replacement photos for refused ones, up to the limit of live photos; returns how many were added.</summary>
    public int Replace(UpdateContext context, Submission submission, IEnumerable<PhotoItem> items)
    {
        var room = CurationForm.MaxPhotos - submission.LivePhotoCount;
        var added = items.Take(Math.Max(0, room)).ToList();
        AddPhotos(submission, added, context);
        SubmissionStore.Collection(context.Session.Database).Update(submission);
        context.Session.AfterCommit(downloads.Wake);
        return added.Count;
    }

    /// <summary>The form answers of a stored submission, for a resubmission that starts from its summary.</summary>
    public static Dictionary<string, string> ValuesOf(Submission s) => new()
    {
        ["product"] = s.ProductName,
        ["category"] = s.Category,
        ["description"] = s.Description,
        ["price"] = s.PriceRupiah.ToString(CultureInfo.InvariantCulture),
        ["capacity"] = string.Create(CultureInfo.InvariantCulture, $"{s.CapacityPerMonth}|{s.CapacityUnit}"),
        ["permits"] = s.Permits.Count == 0 ? CurationInputs.NoPermit : string.Join('\n', s.Permits),
        ["photos"] = string.Join('\n', s.StoredPhotos.Select(p => PhotoItem.StoredItem(p.Number))),
    };

    public static void ClearClaim(Submission submission)
    {
        submission.ClaimedBy = null;
        submission.ClaimedByName = null;
        submission.ClaimChatId = null;
        submission.ClaimPlatform = null;
        submission.ClaimExpiresUtc = null;
    }

    private static void Apply(Submission submission, IReadOnlyDictionary<string, string> values)
    {
        submission.ProductName = values["product"];
        submission.Category = values["category"];
        submission.Description = values["description"];
        submission.PriceRupiah = long.Parse(values["price"], CultureInfo.InvariantCulture);
        (submission.CapacityPerMonth, submission.CapacityUnit) = CurationInputs.SplitCapacity(values["capacity"]);
        submission.Permits = [.. values["permits"].Split('\n').Where(p => p != CurationInputs.NoPermit)];
    }

    private static List<PhotoItem> Items(IReadOnlyDictionary<string, string> values) =>
        [.. values.GetValueOrDefault("photos", string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(PhotoItem.Parse)];

    private static void AddPhotos(Submission submission, IEnumerable<PhotoItem> items, UpdateContext context)
    {
        var next = submission.Photos.Count == 0 ? 1 : submission.Photos.Max(p => p.Number) + 1;
        foreach (var item in items)
        {
            submission.Photos.Add(new SubmissionPhoto
            {
                Number = next++,
                Platform = context.Update.Platform,
                PlatformFileId = item.Value,
                AsDocument = item.Kind == PhotoItem.Document,
                State = PhotoState.Pending,
                Version = submission.Version,
                ReceivedUtc = context.NowUtc,
            });
        }

        submission.PendingPhotos = submission.Photos.Count(p => p.State == PhotoState.Pending);
    }
}
