using System.Text;
using Bot.Core.Localization;
using Bot.Core.Storage;
using LiteDB;

namespace Bot.Core.Curation.Workspace;

/// <summary>
/// "/antrian ringkas" (Discord's /antrian): how the curation queue stands, without taking anything from it: counts by
/// state, the submission waiting longest, and who holds which claim until when.
/// </summary>
public static class QueueSummary
{
    public static IReadOnlyList<string> Arguments { get; } = ["ringkas", "ringkasan", "summary"];

    public static bool IsRequested(string arguments) =>
        Arguments.Contains(arguments.Trim().ToLowerInvariant(), StringComparer.Ordinal);

    public static string Build(BotDatabase database, Localizer t, DateTime nowUtc)
    {
        var collection = SubmissionStore.Collection(database);
        var open = collection.Find(Query.Or(
            Query.EQ(nameof(Submission.State), SubmissionState.Submitted.ToString()),
            Query.EQ(nameof(Submission.State), SubmissionState.InReview.ToString()))).ToList();
        var held = open.Where(s => s.State == SubmissionState.InReview && s.ClaimExpiresUtc > nowUtc).OrderBy(s => s.ClaimExpiresUtc).ToList();
        var waiting = open.Except(held).ToList();
        var ready = waiting.Where(s => s.IsReviewable(nowUtc)).OrderBy(s => s.QueuedUtc).ThenBy(s => s.Id).ToList();

        var text = new StringBuilder();
        text.AppendLine(t.Format("curation.summary.title", Wib.Format(nowUtc, t.Language)));
        text.AppendLine(t.Format("curation.summary.waiting", waiting.Count, ready.Count, waiting.Count(s => s.PendingPhotos > 0)));
        text.AppendLine(t.Format("curation.summary.in_review", held.Count));
        text.AppendLine(t.Format("curation.summary.decided", Count(collection, SubmissionState.Approved), Count(collection, SubmissionState.NeedsRevision), Count(collection, SubmissionState.Rejected)));
        if (ready.FirstOrDefault() is { } oldest)
        {
            text.AppendLine().AppendLine(t.Format("curation.summary.oldest", oldest.Code, oldest.ProductName, Wib.Format(oldest.QueuedUtc, t.Language), Hours(nowUtc - oldest.QueuedUtc)));
        }

        text.AppendLine().AppendLine(held.Count == 0 ? t["curation.summary.no_holds"] : t["curation.summary.holds"]);
        foreach (var s in held)
        {
            text.AppendLine(t.Format("curation.summary.hold", s.Code, s.ProductName, Holder(s), Wib.FormatTime(s.ClaimExpiresUtc!.Value, t.Language)));
        }

        return text.ToString().TrimEnd();
    }

    private static int Count(ILiteCollection<Submission> collection, SubmissionState state) =>
        collection.Count(Query.EQ(nameof(Submission.State), state.ToString()));

    private static int Hours(TimeSpan waited) => (int)Math.Max(0, Math.Floor(waited.TotalHours));

    private static string Holder(Submission s) => s.ClaimPlatform is { } platform && s.ClaimedByName is { Length: > 0 } name
        ? $"{name} ({platform})"
        : s.ClaimedBy ?? "?";
}
