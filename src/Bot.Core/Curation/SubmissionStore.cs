using Bot.Core.Storage;
using LiteDB;

namespace Bot.Core.Curation;

public static class SubmissionStore
{
    public const string CollectionName = "curation_submissions";

    public static ILiteCollection<Submission> Collection(BotDatabase database) =>
        database.Raw.GetCollection<Submission>(CollectionName, BsonAutoId.Int32);

    public static List<Submission> OfSeller(BotDatabase database, string sellerKey) =>
        [.. Collection(database).Find(s => s.SellerKey == sellerKey).OrderBy(s => s.Id)];

    /// <summary>The oldest submission curators can take now, skipping claims that have not lapsed.</summary>
    public static Submission? NextInQueue(BotDatabase database, DateTime nowUtc) =>
        Collection(database)
            .Find(Query.Or(
                Query.EQ(nameof(Submission.State), SubmissionState.Submitted.ToString()),
                Query.EQ(nameof(Submission.State), SubmissionState.InReview.ToString())))
            .Where(s => s.IsReviewable(nowUtc))
            .OrderBy(s => s.QueuedUtc)
            .ThenBy(s => s.Id)
            .FirstOrDefault();

    public static Submission? HeldBy(BotDatabase database, string curator, DateTime nowUtc) =>
        Collection(database)
            .Find(Query.EQ(nameof(Submission.ClaimedBy), curator))
            .FirstOrDefault(s => s.State == SubmissionState.InReview && s.ClaimExpiresUtc > nowUtc);
}
