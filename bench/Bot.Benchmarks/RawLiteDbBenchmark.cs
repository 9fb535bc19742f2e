using System.Diagnostics;
using System.Globalization;
using LiteDB;

namespace Bot.Benchmarks;

/// <summary>
/// The yardsticks: LiteDB on the same disk, upserting documents shaped like a conversation, once with a commit
/// per upsert and once with many upserts per transaction. The key space is an eighth of the operations, so,
/// as for a conversation over a form, about one upsert in eight inserts and the rest update.
/// </summary>
internal static class RawLiteDbBenchmark
{
    private const int WarmupOps = 200;

    /// <summary>Upserts per document: about one insert to seven updates, like a conversation over a form.</summary>
    private const int UpsertsPerKey = 8;

    /// <summary>Upserts per second with one implicit transaction (one commit) per upsert.</summary>
    public static double PerCommit(string path, int ops)
    {
        using var db = Open(path);
        var collection = Collection(db);
        var keys = Math.Max(1, ops / UpsertsPerKey);
        for (var i = 0; i < WarmupOps; i++)
        {
            collection.Upsert(Document(-1 - (i % 10), i));
        }

        var watch = Stopwatch.StartNew();
        for (var i = 0; i < ops; i++)
        {
            collection.Upsert(Document(i % keys, i));
        }

        watch.Stop();
        return ops / watch.Elapsed.TotalSeconds;
    }

    /// <summary>Upserts per second with <paramref name="perTransaction"/> upserts per BeginTrans/Commit.</summary>
    public static double Batched(string path, int ops, int perTransaction)
    {
        using var db = Open(path);
        var collection = Collection(db);
        var keys = Math.Max(1, ops / UpsertsPerKey);
        db.BeginTrans();
        for (var i = 0; i < WarmupOps; i++)
        {
            collection.Upsert(Document(-1 - (i % 10), i));
        }

        db.Commit();

        var watch = Stopwatch.StartNew();
        for (var start = 0; start < ops; start += perTransaction)
        {
            db.BeginTrans();
            var end = Math.Min(ops, start + perTransaction);
            for (var i = start; i < end; i++)
            {
                collection.Upsert(Document(i % keys, i));
            }

            db.Commit();
        }

        watch.Stop();
        return ops / watch.Elapsed.TotalSeconds;
    }

    private static LiteDatabase Open(string path)
    {
        File.Delete(path);
        File.Delete(Path.ChangeExtension(path, null) + "-log" + Path.GetExtension(path));
        return new LiteDatabase(path);
    }

    private static ILiteCollection<RawConversation> Collection(LiteDatabase db)
    {
        var collection = db.GetCollection<RawConversation>("conversations");
        collection.EnsureIndex(c => c.FormExpiresUtc); // the conversations collection carries this index too
        return collection;
    }

    private static RawConversation Document(int key, int i)
    {
        var now = DateTime.UtcNow;
        var chatId = "bench-" + key.ToString(CultureInfo.InvariantCulture);
        return new RawConversation
        {
            Id = "Local:" + chatId,
            Platform = "Local",
            ChatId = chatId,
            UserId = chatId,
            UserName = "Bu Sari " + key.ToString(CultureInfo.InvariantCulture),
            Language = "id",
            CreatedUtc = now,
            LastActivityUtc = now,
            Form = "profil",
            Step = i % 6,
            FormNonce = 1,
            Fields = new Dictionary<string, string>
            {
                ["owner"] = "Bu Sari " + key.ToString(CultureInfo.InvariantCulture),
                ["business"] = "Keripik Tempe " + key.ToString(CultureInfo.InvariantCulture),
                ["sector"] = "kuliner",
                ["phone"] = "+6281200001234",
            },
            FormExpiresUtc = now.AddHours(24),
        };
    }
}

/// <summary>A document the size and shape of a conversation in the middle of the profile form.</summary>
internal sealed class RawConversation
{
    public string Id { get; set; } = string.Empty;

    public string Platform { get; set; } = string.Empty;

    public string ChatId { get; set; } = string.Empty;

    public string? UserId { get; set; }

    public string? UserName { get; set; }

    public string Language { get; set; } = "id";

    public DateTime CreatedUtc { get; set; }

    public DateTime LastActivityUtc { get; set; }

    public string? Form { get; set; }

    public int Step { get; set; }

    public bool AtSummary { get; set; }

    public bool ReturnToSummary { get; set; }

    public int FormNonce { get; set; }

    public Dictionary<string, string> Fields { get; set; } = [];

    public DateTime? FormExpiresUtc { get; set; }
}
