namespace Bot.Core.Curation.Photos;

/// <summary>A memory stream that refuses to grow past a cap, so a lying size header cannot exhaust memory.</summary>
public sealed class CappedBuffer(long maxBytes) : MemoryStream
{
    public bool Overflowed { get; private set; }

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
