using System.Text.Json.Nodes;
using Bot.Core.Conversations;
using Bot.Core.Storage;

namespace Bot.Core.Privacy;

/// <summary>Earlier /datasaya copies kept in file storage for the outbox: they hold everything, so they go too.</summary>
public sealed class ExportFilePersonalData : IPersonalDataSource
{
    public string Section => "exports";

    public JsonNode? Export(WriterSession session, DataSubject subject) => null;

    public void Erase(WriterSession session, DataSubject subject) => StoredExports.DeleteOwnedBy(session.Database, subject.Key);
}
