using Bot.Core.Conversations;
using Bot.Core.Outbox;
using LiteDB;
using Microsoft.Extensions.Options;

namespace Bot.Core.Storage;

/// <summary>
/// The one LiteDB file. Explicit transactions are opened only by the pipeline writer thread;
/// other threads read, or write single documents.
/// </summary>
public sealed class BotDatabase : IDisposable
{
    private readonly LiteDatabase _db;
    private readonly DatabaseLock _lock;

    public BotDatabase(IOptions<StorageOptions> options, IEnumerable<ISchemaStep> steps)
    {
        var path = Path.GetFullPath(options.Value.DatabasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        FilePath = path;
        _lock = DatabaseLock.Acquire(path);
        try
        {
            var mapper = new BsonMapper { EnumAsInteger = false };
            _db = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct }, mapper)
            {
                UtcDate = true,
            };
            Upgrade(steps);
        }
        catch
        {
            _db?.Dispose();
            _lock.Dispose();
            throw;
        }
    }

    public string FilePath { get; }

    public ILiteDatabase Raw => _db;

    public ILiteCollection<Conversation> Conversations => _db.GetCollection<Conversation>("conversations");

    public ILiteCollection<ProcessedUpdate> Processed => _db.GetCollection<ProcessedUpdate>("processed_updates");

    public ILiteCollection<OutboxRow> Outbox => _db.GetCollection<OutboxRow>("outbox", BsonAutoId.Int64);

    public ILiteStorage<string> Files => _db.FileStorage;

    public int SchemaVersion => _db.GetCollection<SchemaInfo>("meta").FindById(SchemaInfo.DocumentId)?.Version ?? 0;

    public void Dispose()
    {
        _db.Dispose();
        _lock.Dispose();
    }

    private void Upgrade(IEnumerable<ISchemaStep> steps)
    {
        Conversations.EnsureIndex(c => c.FormExpiresUtc);
        Processed.EnsureIndex(p => p.AtUtc);
        Outbox.EnsureIndex(o => o.Status);

        var meta = _db.GetCollection<SchemaInfo>("meta");
        var info = meta.FindById(SchemaInfo.DocumentId) ?? new SchemaInfo();
        foreach (var step in steps.Where(s => s.Version > info.Version).OrderBy(s => s.Version))
        {
            step.Apply(_db);
            info.Version = step.Version;
            info.UpgradedUtc = DateTime.UtcNow;
            meta.Upsert(info);
        }
    }
}
