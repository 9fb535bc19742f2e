using Bot.Core.Storage;
using LiteDB;
using Microsoft.Extensions.Options;

namespace Bot.Core.Tests.Storage;

/// <summary>Files stored without LiteDB's upload stream are read, found, replaced and deleted by LiteDB's own file storage.</summary>
public sealed class FileStorageWriterTests : IDisposable
{
    private static readonly DateTime Now = new(2025, 3, 4, 5, 6, 7, DateTimeKind.Utc);
    private readonly string _folder = Directory.CreateTempSubdirectory("filewriter-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(FileStorageWriter.ChunkSize)]
    [InlineData(FileStorageWriter.ChunkSize + 1)]
    [InlineData(600_000)]
    public void SavedBytes_ReadBackIdentical_ThroughLiteDbsOpenRead(int size)
    {
        using var db = Open();
        var content = Noise(size, seed: size);

        InTransaction(db, () => FileStorageWriter.Save(db, "photos/a.png", "a.png", "image/png", content, Now));

        using var read = db.Files.OpenRead("photos/a.png");
        using var copy = new MemoryStream();
        read.CopyTo(copy);
        Assert.Equal(content, copy.ToArray());
        Assert.Equal((size + FileStorageWriter.ChunkSize - 1) / FileStorageWriter.ChunkSize, db.Files.FindById("photos/a.png").Chunks);
    }

    [Fact]
    public void SeekingInTheMiddle_ReadsFromThere_AcrossAChunkBoundary()
    {
        using var db = Open();
        var content = Noise(600_000, seed: 7);
        InTransaction(db, () => FileStorageWriter.Save(db, "big", "big.bin", "application/octet-stream", content, Now));

        using var read = db.Files.OpenRead("big");
        read.Seek(FileStorageWriter.ChunkSize - 100, SeekOrigin.Begin);
        var part = new byte[1_000];
        read.ReadExactly(part);

        Assert.Equal(content.AsSpan(FileStorageWriter.ChunkSize - 100, 1_000).ToArray(), part);
    }

    [Fact]
    public void FindById_GivesLengthNameTypeDateAndMetadata()
    {
        using var db = Open();
        InTransaction(db, () => FileStorageWriter.Save(db, "curation/1/2.png", "K-0001-2.png", "image/png", Noise(300_000, 1), Now, new BsonDocument { ["owner"] = "telegram:1" }));

        var info = db.Files.FindById("curation/1/2.png");

        Assert.Equal(300_000, info.Length);
        Assert.Equal("K-0001-2.png", info.Filename);
        Assert.Equal("image/png", info.MimeType);
        Assert.Equal(Now, info.UploadDate.ToUniversalTime());
        Assert.Equal("telegram:1", info.Metadata["owner"].AsString);
        Assert.Equal(["curation/1/2.png"], db.Files.FindAll().Select(f => f.Id));
    }

    [Fact]
    public void Delete_RemovesTheFileAndEveryChunk()
    {
        using var db = Open();
        InTransaction(db, () =>
        {
            FileStorageWriter.Save(db, "gone", "gone.bin", "application/octet-stream", Noise(600_000, 2), Now);
            FileStorageWriter.Save(db, "kept", "kept.bin", "application/octet-stream", Noise(10, 3), Now);
        });

        Assert.True(db.Files.Delete("gone"));

        Assert.Null(db.Files.FindById("gone"));
        Assert.Equal(1, db.Raw.GetCollection("_chunks").Count());
        Assert.Equal(Noise(10, 3), ReadAll(db, "kept"));
    }

    [Fact]
    public void SavingAnExistingId_ReplacesItsBytesAndLeavesNoOldChunks()
    {
        using var db = Open();
        InTransaction(db, () => FileStorageWriter.Save(db, "same", "old.bin", "application/octet-stream", Noise(600_000, 4), Now));
        var replacement = Noise(5_000, 5);

        InTransaction(db, () => FileStorageWriter.Save(db, "same", "new.png", "image/png", replacement, Now));

        Assert.Equal(replacement, ReadAll(db, "same"));
        Assert.Equal("new.png", db.Files.FindById("same").Filename);
        Assert.Equal(1, db.Raw.GetCollection("_chunks").Count());
    }

    [Fact]
    public void RolledBack_LeavesNothing()
    {
        using var db = Open();
        db.Raw.BeginTrans();
        FileStorageWriter.Save(db, "never", "never.bin", "application/octet-stream", Noise(600_000, 6), Now);
        db.Raw.Rollback();

        Assert.Null(db.Files.FindById("never"));
        Assert.Equal(0, db.Raw.GetCollection("_chunks").Count());
    }

    private static byte[] ReadAll(BotDatabase db, string id)
    {
        using var read = db.Files.OpenRead(id);
        using var copy = new MemoryStream();
        read.CopyTo(copy);
        return copy.ToArray();
    }

    private static void InTransaction(BotDatabase db, Action write)
    {
        db.Raw.BeginTrans();
        write();
        db.Commit();
    }

    private static byte[] Noise(int size, int seed)
    {
        var bytes = new byte[size];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private BotDatabase Open() => new(Options.Create(new StorageOptions { DatabasePath = Path.Combine(_folder, "bot.db") }), []);
}
