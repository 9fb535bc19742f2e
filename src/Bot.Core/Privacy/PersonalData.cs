using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Core.Audit;
using Bot.Core.Conversations;
using Bot.Core.Messaging;

namespace Bot.Core.Privacy;

/// <summary>Runs every registered <see cref="IPersonalDataSource"/> for one person: the export document, or the erasure.</summary>
public sealed class PersonalData(IEnumerable<IPersonalDataSource> sources, WriterMaintenance maintenance)
{
    private readonly IReadOnlyList<IPersonalDataSource> _sources = [.. sources];

    /// <summary>The person behind the update, with every chat of theirs the bot knows.</summary>
    public static DataSubject SubjectOf(UpdateContext context)
    {
        var update = context.Update;
        var chats = context.Session.Database.Conversations
            .Find(c => c.UserId == update.SenderId)
            .Where(c => c.Platform == update.Platform)
            .Select(c => c.ChatId)
            .Append(update.ChatId)
            .Distinct()
            .ToList();
        return new DataSubject(update.Platform, update.SenderId, chats);
    }

    public byte[] ExportJson(WriterSession session, DataSubject subject)
    {
        var sections = new JsonObject();
        foreach (var source in _sources)
        {
            sections[source.Section] = source.Export(session, subject);
        }

        var document = new JsonObject
        {
            ["subject"] = new JsonObject { ["platform"] = subject.Platform.ToString(), ["userId"] = subject.UserId },
            ["generatedUtc"] = session.NowUtc,
            ["data"] = sections,
        };
        return JsonSerializer.SerializeToUtf8Bytes(document, AuditJson.Indented);
    }

    /// <summary>Erases the person's data in this batch; once it commits, a checkpoint wipes the old pages from the file too.</summary>
    public void Erase(WriterSession session, DataSubject subject)
    {
        foreach (var source in _sources)
        {
            source.Erase(session, subject);
        }

        session.AfterCommit(maintenance.RequestCheckpoint);
    }

    public static JsonNode? ToNode<T>(T value) => JsonSerializer.SerializeToNode(value, AuditJson.Options);

    public static JsonArray? ToArray<T>(IEnumerable<T> values)
    {
        var array = new JsonArray([.. values.Select(v => ToNode(v))]);
        return array.Count == 0 ? null : array;
    }

    internal static bool Owns(DataSubject subject, Platform platform, string? chatId) =>
        platform == subject.Platform && chatId is not null && subject.ChatIds.Contains(chatId);
}
