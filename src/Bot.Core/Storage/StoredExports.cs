using System.Globalization;
using LiteDB;

namespace Bot.Core.Storage;

/// <summary>
/// Files the bot makes for a user to download (CSV exports, personal data copies), kept in the database's file
/// storage so the outbox can send them after a restart. Each records whose data it holds and when it was made.
/// </summary>
public static class StoredExports
{
    private const string Prefix = "exports/";
    private const string OwnerKey = "owner";
    private const string CreatedKey = "created";

    /// <summary>Stores the bytes and returns the id for <c>OutboundFile.StoredFileId</c>.</summary>
    /// <param name="owner">"platform:user id" of the person the file is about, or null for staff exports.</param>
    public static string Save(BotDatabase database, string fileName, byte[] content, string? owner, DateTime nowUtc)
    {
        var id = Prefix + nowUtc.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8] + "/" + fileName;
        var metadata = new BsonDocument { [CreatedKey] = nowUtc };
        if (owner is not null)
        {
            metadata[OwnerKey] = owner;
        }

        using var stream = new MemoryStream(content, writable: false);
        database.Files.Upload(id, fileName, stream, metadata);
        return id;
    }

    /// <summary>Removes the files about one person (their erasure).</summary>
    public static int DeleteOwnedBy(BotDatabase database, string owner) =>
        DeleteWhere(database, file => file.Metadata.TryGetValue(OwnerKey, out var value) && value.IsString && value.AsString == owner);

    /// <summary>Removes exports older than the cutoff; by then they have long been sent.</summary>
    public static int DeleteOlderThan(BotDatabase database, DateTime cutoffUtc) =>
        DeleteWhere(database, file => file.Metadata.TryGetValue(CreatedKey, out var value) && value.IsDateTime && value.AsDateTime < cutoffUtc);

    private static int DeleteWhere(BotDatabase database, Func<LiteFileInfo<string>, bool> predicate)
    {
        var doomed = database.Files.Find(Query.StartsWith("_id", Prefix)).Where(predicate).Select(f => f.Id).ToList();
        foreach (var id in doomed)
        {
            database.Files.Delete(id);
        }

        return doomed.Count;
    }
}
