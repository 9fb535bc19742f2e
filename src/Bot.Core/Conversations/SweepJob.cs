using Bot.Core.Conversations.Forms;
using Bot.Core.Storage;
using LiteDB;

namespace Bot.Core.Conversations;

/// <summary>
/// Closes forms left silent past their expiry, forgets update ids too old to come again, and deletes stored exports
/// past their retention (long sent by then; they hold personal data).
/// </summary>
public sealed class SweepJob(FormEngine forms, TimeSpan processedRetention, TimeSpan exportRetention) : IPipelineJob
{
    public string Name => "sweep";

    public void Run(WriterSession session)
    {
        var lapsed = session.Database.Conversations
            // Between, not LTE: chats without an open form (null) sort first and would eat the limit. The key is cut
            // to the minute, so it also finds forms lapsing later this minute: ExpireIfLapsed leaves those alone.
            .Find(Query.Between(nameof(Conversation.FormSweepUtc), new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc), session.NowUtc), limit: 500)
            .Select(c => c.Chat)
            .ToList();
        foreach (var chat in lapsed)
        {
            forms.ExpireIfLapsed(session, session.Conversation(chat));
        }

        var cutoff = session.NowUtc - processedRetention;
        session.Database.Processed.DeleteMany(p => p.AtUtc < cutoff);
        StoredExports.DeleteOlderThan(session.Database, session.NowUtc - exportRetention);
    }
}
