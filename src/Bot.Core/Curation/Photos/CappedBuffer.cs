namespace Bot.Core.Curation.Photos;

/// <summary>
/// A memory stream that refuses to grow past a cap, so a lying size header cannot exhaust memory. Given the size the
/// platform announced, it starts at that capacity: a photo then lands in one array, handed on by
/// <see cref="TakeContent"/> without a copy, instead of a chain of doubling arrays and a final copy on the large object heap.
/// </summary>
/// <param name="expectedBytes">The announced size, or 0 when unknown; more bytes than announced are still taken, up to the cap.</param>
public sealed class CappedBuffer(long maxBytes, int expectedBytes = 0) : MemoryStream(expectedBytes)
{
    public bool Overflowed { get; private set; }

    /// <summary>The bytes written: the buffer itself when they fill it exactly, else a copy of the written part.</summary>
    public byte[] TakeContent()
    {
        var buffer = GetBuffer();
        return Length == buffer.Length ? buffer : ToArray();
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        Check(count);
        base.Write(buffer, offset, count);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Check(buffer.Length);
        base.Write(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Check(count);
        return base.WriteAsync(buffer, offset, count, cancellationToken);
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Check(buffer.Length);
        return base.WriteAsync(buffer, cancellationToken);
    }

    public override void WriteByte(byte value)
    {
        Check(1);
        base.WriteByte(value);
    }

    private void Check(int count)
    {
        if (Length + count > maxBytes)
        {
            Overflowed = true;
            throw new FileTooLargeException();
        }
    }
}
