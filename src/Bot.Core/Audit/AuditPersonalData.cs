using System.Text.Json.Nodes;
using Bot.Core.Conversations;
using Bot.Core.Privacy;

namespace Bot.Core.Audit;

/// <summary>
/// Audit rows whose snapshots hold the person's data: exported as the history of their data; on erasure the
/// snapshots are blanked while the row (who did what, when) stays as the record of the processing.
/// </summary>
public sealed class AuditPersonalData : IPersonalDataSource
{
    public string Section => "history";

    public JsonNode? Export(WriterSession session, DataSubject subject) =>
        PersonalData.ToArray(AuditLog.Collection(session.Database).Find(e => e.PersonalDataOf == subject.Key).Select(e => new
        {
            e.AtUtc,
            e.Actor,
            e.Action,
            Before = e.Before is null ? null : JsonNode.Parse(e.Before),
            After = e.After is null ? null : JsonNode.Parse(e.After),
        }));

    public void Erase(WriterSession session, DataSubject subject)
    {
        var rows = AuditLog.Collection(session.Database);
        foreach (var entry in rows.Find(e => e.PersonalDataOf == subject.Key).ToList())
        {
            entry.Before = null;
            entry.After = null;
            entry.PersonalDataOf = null;
            entry.Redacted = true;
            rows.Update(entry);
        }
    }
}
