using Bot.Core.Curation;
using Bot.Core.Profiles;
using Bot.Core.Storage;
using LiteDB;

namespace Bot.Core.Statistics;

/// <summary>Schema step 9: indexes that let /statistik count consents and find recent decisions without a full scan.</summary>
public sealed class StatisticsSchema : ISchemaStep
{
    public int Version => 9;

    public void Apply(ILiteDatabase database)
    {
        database.GetCollection<SellerProfile>("sellers").EnsureIndex(p => p.ConsentVersion);
        database.GetCollection<Submission>(SubmissionStore.CollectionName, BsonAutoId.Int32).EnsureIndex(s => s.DecidedUtc);
    }
}
