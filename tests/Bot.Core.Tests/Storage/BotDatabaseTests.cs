using Bot.Core.Storage;
using LiteDB;
using Microsoft.Extensions.Options;

namespace Bot.Core.Tests.Storage;

/// <summary>The database over our own log file: commits cost two syncs whatever their size, and stay readable by plain LiteDB.</summary>
public sealed class BotDatabaseTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("botdb-").FullName;

    private string DbPath => Path.Combine(_folder, "bot.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void WaitsOnLiteDbsOwnLogQueue_NotOnACheckpoint()
    {
        using var db = Open();

        Assert.True(db.CommitsWithoutCheckpoint, "LiteDB's internal log queue was not found: every commit now costs a checkpoint");
    }

    [Fact]
    public void Commit_OfManyDocuments_SyncsTheLogTwice()
    {
        using var db = Open();
        var collection = db.Raw.GetCollection<Sample>("samples");
        var before = db.LogSyncCount;

        db.Raw.BeginTrans();
        for (var i = 0; i < 2_000; i++)
        {
            collection.Insert(new Sample { Id = i + 1, Text = new string('x', 200) });
        }

        db.Commit();

        Assert.Equal(2, db.LogSyncCount - before);
    }

    [Fact]
    public void CommittedData_IsInTheLogBeforeCommitReturns_AndPlainLiteDbRecoversIt()
    {
        var db = Open();
        db.Raw.BeginTrans();
        db.Raw.GetCollection<Sample>("samples").Insert(new Sample { Id = 1, Text = "kept" });
        db.Commit();

        // Copy the files as they are now, as a crash would leave them (no close, no checkpoint).
        var copy = Path.Combine(_folder, "copy.db");
        File.Copy(DbPath, copy);
        File.Copy(Path.Combine(_folder, "bot-log.db"), Path.Combine(_folder, "copy-log.db"));
        db.Dispose();

        using var plain = new LiteDatabase($"Filename={copy};Connection=direct");
        Assert.Equal("kept", plain.GetCollection<Sample>("samples").FindById(1).Text);
    }

    [Fact]
    public void CleanClose_LeavesNoLogFile()
    {
        using (var db = Open())
        {
            db.Raw.GetCollection<Sample>("samples").Insert(new Sample { Id = 1, Text = "a" });
            db.Commit();
        }

        Assert.False(File.Exists(Path.Combine(_folder, "bot-log.db")));
        using var reopened = Open();
        Assert.Equal("a", reopened.Raw.GetCollection<Sample>("samples").FindById(1).Text);
    }

    [Fact]
    public void OneDocumentPerUpdate_FromAnOlderFile_IsFoldedIntoBatches()
    {
        var at = new DateTime(2025, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        using (var old = new LiteDatabase($"Filename={DbPath};Connection=direct"))
        {
            var legacy = old.GetCollection("processed_updates");
            legacy.Insert(new BsonDocument { ["_id"] = "Telegram:1", ["AtUtc"] = at });
            legacy.Insert(new BsonDocument { ["_id"] = "Telegram:2", ["AtUtc"] = at });
            legacy.Insert(new BsonDocument { ["_id"] = "Local:9", ["AtUtc"] = at.AddMinutes(1) });
        }

        using var db = Open();

        Assert.True(db.WasProcessed("Telegram:1"));
        Assert.True(db.WasProcessed("Telegram:2"));
        Assert.True(db.WasProcessed("Local:9"));
        Assert.False(db.WasProcessed("Telegram:3"));
        Assert.Equal(2, db.Processed.Count());
        Assert.False(db.Raw.CollectionExists("processed_updates"));
    }

    [Fact]
    public void OpenForm_FromAFileIndexedByTheExactExpiry_GetsTheMinuteSweepKey()
    {
        var expires = new DateTime(2025, 3, 4, 5, 6, 7, DateTimeKind.Utc);
        using (var old = new LiteDatabase($"Filename={DbPath};Connection=direct"))
        {
            var conversations = old.GetCollection("conversations");
            conversations.EnsureIndex("FormExpiresUtc");
            conversations.Insert(new BsonDocument { ["_id"] = "Local:1", ["ChatId"] = "1", ["Form"] = "profil", ["FormExpiresUtc"] = expires });
            conversations.Insert(new BsonDocument { ["_id"] = "Local:2", ["ChatId"] = "2" });
        }

        using var db = Open();

        var lapsing = db.Conversations.Find(Query.Between("FormSweepUtc", expires.AddMinutes(-1), expires)).ToList();
        Assert.Equal("Local:1", Assert.Single(lapsing).Id);
        Assert.Equal(new DateTime(2025, 3, 4, 5, 6, 0, DateTimeKind.Utc), lapsing[0].FormSweepUtc);
        Assert.Equal(expires, lapsing[0].FormExpiresUtc);
        Assert.DoesNotContain(db.Raw.GetCollection("$indexes").Find("collection = 'conversations'"), i => i["name"] == "FormExpiresUtc");
    }

    private BotDatabase Open() => new(Options.Create(new StorageOptions { DatabasePath = DbPath }), []);

    private sealed class Sample
    {
        public int Id { get; set; }

        public string Text { get; set; } = string.Empty;
    }
}
