using System.Collections.Concurrent;
using System.Security.Cryptography;
using Bot.Host.Tests.Fakes;

namespace Bot.Benchmarks;

/// <summary>
/// The sellers' photos on the fake file server. The bench process hosts the fake, so its photos count in the working set
/// the scenario measures: each ~200 KB photo would be a large-object-heap array living about a second, the pattern that
/// fragments that heap most. So photos are made into arrays of one fixed length (padded, see
/// <see cref="BenchImages.NoisePng(int, int, Func{int, byte[]})"/>) that are used again once the bot has the bytes.
/// </summary>
internal sealed class SellerPhotos(FakeBotApiServer files, int side)
{
    // Room for the few hundred bytes by which one noise photo's size differs from another's.
    private const int Slack = 4096;
    private static readonly byte[] Forgotten = [0];

    private readonly ConcurrentBag<byte[]> _free = [];
    private readonly ConcurrentDictionary<string, (string Path, byte[] Bytes)> _waiting = new(StringComparer.Ordinal);
    private int _length;
    private long _served;

    /// <summary>Photos on the fake that the bot has not fetched yet.</summary>
    public int Waiting => _waiting.Count;

    public long Served => Interlocked.Read(ref _served);

    /// <summary>Makes a photo, puts it on the fake under <paramref name="fileId"/>; returns its SHA-256 and size.</summary>
    public (string Sha256, long Bytes) Put(string fileId, int seed)
    {
        var bytes = BenchImages.NoisePng(side, seed, Rent);
        var sent = (Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.LongLength);
        _waiting[fileId] = (files.AddFile(fileId, bytes), bytes);
        return sent;
    }

    /// <summary>
    /// Called once the bot has received a photo whole: the fake has then read every byte of it, so it forgets them
    /// and the array serves the next photo.
    /// </summary>
    public void Fetched(string fileId)
    {
        if (_waiting.TryRemove(fileId, out var photo))
        {
            files.AddFile(fileId, Forgotten, photo.Path);
            if (photo.Bytes.Length == Volatile.Read(ref _length))
            {
                _free.Add(photo.Bytes);
            }

            Interlocked.Increment(ref _served);
        }
    }

    private byte[] Rent(int length)
    {
        var pooled = Interlocked.CompareExchange(ref _length, length + BenchImages.MinPadding + Slack, 0);
        pooled = pooled == 0 ? length + BenchImages.MinPadding + Slack : pooled;
        if (length + BenchImages.MinPadding > pooled)
        {
            // An unusually large photo: an array of its own, not kept.
            return new byte[length];
        }

        // On the pinned object heap: these live the whole run, and among the bot's short-lived photo arrays on the large
        // object heap they would keep its regions from being freed.
        return _free.TryTake(out var free) ? free : GC.AllocateUninitializedArray<byte>(pooled, pinned: true);
    }
}
