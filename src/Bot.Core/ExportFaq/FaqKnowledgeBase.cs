using Bot.Core.Storage;
using Microsoft.Extensions.Options;

namespace Bot.Core.ExportFaq;

/// <summary>
/// The stored entries and their search index. At start the embedded seed is merged into the database
/// (new and upgraded entries only; an admin's edits are kept) and the index is built from the database.
/// </summary>
public sealed class FaqKnowledgeBase : IDisposable
{
    public FaqKnowledgeBase(BotDatabase database, IOptions<FaqOptions> options)
    {
        FaqStore.Unanswered(database).EnsureIndex(q => q.AnsweredUtc);
        var entries = FaqStore.Entries(database);
        var changed = FaqSeedMerge.Merge(entries.FindAll().ToList(), FaqSeed.Load());
        if (changed.Count > 0)
        {
            entries.Upsert(changed);
        }

        Index = new FaqIndex(entries.FindAll().Where(e => !e.Removed));
        Matcher = new FaqMatcher(Index, options.Value.ConfidenceThreshold);
    }

    public FaqIndex Index { get; }

    public FaqMatcher Matcher { get; }

    public void Dispose() => Index.Dispose();
}
