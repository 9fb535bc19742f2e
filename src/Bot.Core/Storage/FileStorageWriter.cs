using LiteDB;

namespace Bot.Core.Storage;

/// <summary>
/// Stores a byte array in LiteDB's file storage (<see cref="BotDatabase.Files"/>) in LiteDB's own format, so
/// <c>Files.OpenRead</c>, <c>FindById</c> and <c>Delete</c> work on it as on any uploaded file. <c>Files.Upload</c>
/// copies the bytes through a 255 KB buffer stream, a chunk array and a copy of the last chunk, all on the large object
/// heap: for a photo that is about three times its size in garbage. Here a file of one chunk is stored from the caller's
/// array itself, and a larger one costs one reused chunk array and its last partial chunk.
/// </summary>
public static class FileStorageWriter
{
    /// <summary>LiteDB's chunk size; its readers find a position by dividing by it, so every chunk but the last is this long.</summary>
    public const int ChunkSize = LiteFileStream<string>.MAX_CHUNK_SIZE;

    private const string FilesCollection = "_files";
    private const string ChunksCollection = "_chunks";

    /// <summary>
    /// Stores <paramref name="content"/> as file <paramref name="id"/>, replacing a file of that id. Inside the caller's
    /// transaction, if one is open. The array must not change until this returns; it is not kept afterwards.
    /// </summary>
    public static void Save(BotDatabase database, string id, string fileName, string mimeType, byte[] content, DateTime nowUtc, BsonDocument? metadata = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(content);
        var fileId = new BsonValue(id);
        var chunks = database.Raw.GetCollection(ChunksCollection);
        chunks.DeleteMany("_id BETWEEN { f: @0, n: 0 } AND { f: @0, n: @1 }", fileId, int.MaxValue);

        var count = 0;
        if (content.Length <= ChunkSize)
        {
            if (content.Length > 0)
            {
                chunks.Insert(Chunk(fileId, count++, content));
            }
        }
        else
        {
            // LiteDB copies a chunk into its pages during Insert, so one array serves every full chunk.
            var full = new byte[ChunkSize];
            for (var offset = 0; offset < content.Length; offset += ChunkSize)
            {
                var length = Math.Min(ChunkSize, content.Length - offset);
                var data = length == ChunkSize ? full : new byte[length];
                Buffer.BlockCopy(content, offset, data, 0, length);
                chunks.Insert(Chunk(fileId, count++, data));
            }
        }

        database.Raw.GetCollection(FilesCollection).Upsert(new BsonDocument
        {
            ["_id"] = fileId,
            ["filename"] = Path.GetFileName(fileName),
            ["mimeType"] = mimeType,
            ["length"] = new BsonValue((long)content.Length),
            ["chunks"] = count,
            ["uploadDate"] = nowUtc,
            ["metadata"] = metadata ?? new BsonDocument(),
        });
    }

    private static BsonDocument Chunk(BsonValue fileId, int index, byte[] data) => new()
    {
        ["_id"] = new BsonDocument { ["f"] = fileId, ["n"] = index },
        ["data"] = data,
    };
}
