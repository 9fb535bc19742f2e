namespace Bot.Core.Storage;

/// <summary>
/// LiteDB's log (write-ahead) file, opened by us rather than by LiteDB so that a commit costs two fsyncs
/// instead of one per page. LiteDB 5.0 makes its log durable whenever its write queue runs dry, and with one
/// committing thread the queue runs dry after every page, so a batch that dirtied 300 pages paid 300 fsyncs.
/// Here a plain <see cref="Flush"/> never reaches the disk; the disk is synced around the one page that
/// confirms a transaction (LiteDB writes it last, with the page header's "confirmed" flag set):
/// <list type="number">
/// <item>before it, so every page it confirms is on disk first: after a power cut the log never holds a
/// confirmed transaction with a page missing (LiteDB 5 has no page checksums to notice one);</item>
/// <item>after it, so the commit is on disk before it is acknowledged to anyone.</item>
/// </list>
/// LiteDB calls this stream under a lock on it (its ConcurrentStream wrapper), so no second lock is needed.
/// </summary>
internal sealed class GroupCommitLog(string path) : Stream
{
    /// <summary>LiteDB's page size and the offset of the "confirmed" flag in every page header (file format v8).</summary>
    internal const int PageSize = 8192;

    internal const int ConfirmedFlagOffset = 18;

    // No buffer of our own: a write goes straight to the operating system, which is all a process crash needs.
    private readonly FileStream _file = new(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0);
    private long _position;
    private bool _unsynced;
    private long _syncs;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => true;

    public override long Length => _file.Length;

    public override long Position
    {
        get => _position;
        set => _position = value;
    }

    /// <summary>How many times the file was synced to disk (tests check that a commit costs two).</summary>
    public long SyncCount => Interlocked.Read(ref _syncs);

    /// <summary>True when this process wrote to the file since it was last synced.</summary>
    public bool HasUnsyncedWrites => _unsynced;

    public override int Read(byte[] buffer, int offset, int count)
    {
        _file.Position = _position;
        var read = _file.Read(buffer, offset, count);
        _position += read;
        return read;
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        var confirms = count == PageSize && buffer[offset + ConfirmedFlagOffset] != 0;
        if (confirms && _unsynced)
        {
            Sync();
        }

        _file.Position = _position;
        _file.Write(buffer, offset, count);
        _position += count;
        _unsynced = true;
        if (confirms)
        {
            Sync();
        }
    }

    /// <summary>Called by LiteDB after every page it writes: nothing to do, the bytes are already with the OS.</summary>
    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        _position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => _file.Length + offset,
        };
        return _position;
    }

    public override void SetLength(long value)
    {
        // LiteDB empties the log after a checkpoint, once the data file has been synced.
        _file.SetLength(value);
        _unsynced = true;
    }

    /// <summary>Makes everything written so far durable (also used before close).</summary>
    public void Sync()
    {
        _file.Flush(flushToDisk: true);
        _unsynced = false;
        Interlocked.Increment(ref _syncs);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _file.Dispose();
        }

        base.Dispose(disposing);
    }
}
