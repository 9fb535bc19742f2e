using Bot.Core.Conversations;
using Bot.Core.Outbox;
using LiteDB;
using LiteDB.Engine;
using Microsoft.Extensions.Options;

namespace Bot.Core.Storage;

/// <summary>
/// The one LiteDB file. Explicit transactions are opened only by the pipeline writer thread;
/// other threads read, or write single documents. The log file is ours (<see cref="GroupCommitLog"/>): a
/// commit is made durable with two fsyncs whatever its size, which is what makes a batch cheap.
/// </summary>
public sealed class BotDatabase : IDisposable
{
    private readonly LiteDatabase _db;
    private readonly DatabaseLock _lock;
    private readonly GroupCommitLog _log;
    private readonly LogWriterDrain _drain;
    private readonly string _logPath;

    public BotDatabase(IOptions<StorageOptions> options, IEnumerable<ISchemaStep> steps)
    {
        var path = Path.GetFullPath(options.Value.DatabasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        FilePath = path;
        _lock = DatabaseLock.Acquire(path);
        var mapper = new BsonMapper { EnumAsInteger = false };

        // The same log file name LiteDB would use, so the file still opens with plain LiteDB (tests, tools).
        _logPath = Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + "-log" + Path.GetExtension(path));
        _log = new GroupCommitLog(_logPath);
        LiteEngine engine;
        try
        {
            engine = new LiteEngine(new EngineSettings { Filename = path, LogStream = _log });
        }
        catch
        {
            _log.Dispose();
            _lock.Dispose();
            throw;
        }

        _drain = new LogWriterDrain(engine, () => engine.Checkpoint());
        _db = new LiteDatabase(engine, mapper) { UtcDate = true };
        try
        {
            Upgrade(steps);
            Commit();
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public string FilePath { get; }

    public ILiteDatabase Raw => _db;

    public ILiteCollection<Conversation> Conversations => _db.GetCollection<Conversation>("conversations");

    public ILiteCollection<ProcessedBatch> Processed => _db.GetCollection<ProcessedBatch>("processed_batches", BsonAutoId.Int64);

    public ILiteCollection<OutboxRow> Outbox => _db.GetCollection<OutboxRow>("outbox", BsonAutoId.Int64);

    public ILiteStorage<string> Files => _db.FileStorage;

    public int SchemaVersion => _db.GetCollection<SchemaInfo>("meta").FindById(SchemaInfo.DocumentId)?.Version ?? 0;

    /// <summary>True when a commit waits on LiteDB's own log queue (see <see cref="LogWriterDrain"/>).</summary>
    internal bool CommitsWithoutCheckpoint => _drain.IsExact;

    /// <summary>How often the log was synced to disk; two per commit that wrote anything.</summary>
    internal long LogSyncCount => _log.SyncCount;

    /// <summary>
    /// Commits the open transaction, or any single-document writes made without one, and returns only when
    /// they are on disk: the only commit after which a platform may be acknowledged.
    /// </summary>
    public void Commit()
    {
        _db.Commit();
        _drain.Wait();

        // Normally a no-op (the confirming page was synced as it was written); covers writes that confirm nothing.
        lock (_log)
        {
            if (_log.HasUnsyncedWrites)
            {
                _log.Sync();
            }
        }
    }

    public void Dispose()
    {
        // Closing checkpoints the log into the (synced) data file and empties it, unless a transaction was open.
        _db.Dispose();
        var empty = _log.Length == 0;
        if (_log.HasUnsyncedWrites)
        {
            _log.Sync();
        }

        _log.Dispose();
        if (empty)
        {
            // As LiteDB does with its own log: an empty log after a clean close is removed.
            File.Delete(_logPath);
        }

        _lock.Dispose();
    }

    /// <summary>True when an update with this key was committed (and not yet forgotten); for tests and tools.</summary>
    public bool WasProcessed(string key) => Processed.Exists("Keys[*] ANY = @0", key);

    /// <summary>Files from before the sweep key indexed the exact expiry: give every open form the new key once.</summary>
    private void IndexFormSweep()
    {
        Conversations.EnsureIndex(c => c.FormSweepUtc);
        if (Conversations.DropIndex(nameof(Conversation.FormExpiresUtc)))
        {
            // Reading sets the key from the exact expiry; writing stores it.
            Conversations.Update(Conversations.Find(c => c.FormExpiresUtc != null).ToList());
        }
    }

    /// <summary>Files written before batches were stored whole kept one document per update: fold them into one.</summary>
    private void MergeLegacyProcessedUpdates()
    {
        const string Legacy = "processed_updates";
        if (!_db.CollectionExists(Legacy))
        {
            return;
        }

        var legacy = _db.GetCollection(Legacy);
        var batches = legacy.FindAll()
            .GroupBy(d => d["AtUtc"].AsDateTime)
            .Select(g => new ProcessedBatch { AtUtc = g.Key, Keys = [.. g.Select(d => d["_id"].AsString)] })
            .ToList();

        // Moved in one transaction; LiteDB drops a collection only outside one, so a crash in between leaves it empty.
        _db.BeginTrans();
        Processed.InsertBulk(batches);
        legacy.DeleteAll();
        _db.Commit();
        _db.DropCollection(Legacy);
    }

    private void Upgrade(IEnumerable<ISchemaStep> steps)
    {
        IndexFormSweep();
        Processed.EnsureIndex(p => p.AtUtc);
        MergeLegacyProcessedUpdates();
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
