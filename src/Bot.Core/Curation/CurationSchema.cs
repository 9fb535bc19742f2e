using Bot.Core.Storage;
using LiteDB;

namespace Bot.Core.Curation;

/// <summary>Indexes for the curation queue, the download worker, the seller's list and retention.</summary>
public sealed class CurationSchema : ISchemaStep
{
    public int Version => 5;

    public void Apply(ILiteDatabase database)
    {
        var submissions = database.GetCollection<Submission>(SubmissionStore.CollectionName, BsonAutoId.Int32);
        submissions.EnsureIndex(s => s.State);
        submissions.EnsureIndex(s => s.SellerKey);
        submissions.EnsureIndex(s => s.PendingPhotos);
        submissions.EnsureIndex(s => s.ClaimedBy);
    }
}
