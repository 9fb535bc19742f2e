using Bot.Core.Audit;
using Bot.Core.Conversations;
using Bot.Core.ExportFaq;
using Bot.Core.Outbox;
using Bot.Core.Storage;
using LiteDB;

namespace Bot.Core.Admin;

/// <summary>Indexes for the audit log and for finding one person's data across features (erasure, export).</summary>
public sealed class AdminSchemaStep : ISchemaStep
{
    public int Version => 7;

    public void Apply(ILiteDatabase database)
    {
        var audit = database.GetCollection<AuditEntry>(AuditLog.CollectionName, BsonAutoId.Int64);
        audit.EnsureIndex(e => e.PersonalDataOf);
        database.GetCollection<Conversation>("conversations").EnsureIndex(c => c.UserId);
        database.GetCollection<OutboxRow>("outbox", BsonAutoId.Int64).EnsureIndex(r => r.ChatId);
        database.GetCollection<UnansweredQuestion>("faq_unanswered", BsonAutoId.Int64).EnsureIndex(q => q.UserId);
    }
}
