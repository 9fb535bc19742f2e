using Bot.Core.Curation.Photos;

namespace Bot.Core.Tests.Curation;

public sealed class CappedBufferTests
{
    [Fact]
    public void WritesUpToTheCap_AndRefusesTheByteBeyondIt()
    {
        using var buffer = new CappedBuffer(10);
        buffer.Write(new byte[6], 0, 6);
        buffer.Write(new byte[4].AsSpan());

        Assert.Throws<FileTooLargeException>(() => buffer.Write(new byte[1], 0, 1));
        Assert.True(buffer.Overflowed);
        Assert.Equal(10, buffer.Length);
    }

    [Fact]
    public async Task AsyncCopies_AreCappedToo()
    {
        using var buffer = new CappedBuffer(1000);
        using var source = new MemoryStream(new byte[5000]);

        await Assert.ThrowsAsync<FileTooLargeException>(() => source.CopyToAsync(buffer));
    }

    [Fact]
    public void FilledExactlyToTheAnnouncedSize_HandsOnItsOwnArray()
    {
        using var buffer = new CappedBuffer(1000, expectedBytes: 300);
        buffer.Write(Enumerable.Range(0, 300).Select(i => (byte)i).ToArray());

        var content = buffer.TakeContent();

        Assert.Same(buffer.GetBuffer(), content);
        Assert.Equal(Enumerable.Range(0, 300).Select(i => (byte)i), content);
    }

    [Fact]
    public void MoreOrFewerBytesThanAnnounced_AreKeptExactly_UpToTheCap()
    {
        using var longer = new CappedBuffer(1000, expectedBytes: 300);
        longer.Write(new byte[700]);
        Assert.Equal(700, longer.TakeContent().Length);
        Assert.Throws<FileTooLargeException>(() => longer.Write(new byte[301]));

        using var shorter = new CappedBuffer(1000, expectedBytes: 300);
        shorter.Write([1, 2, 3]);
        Assert.Equal([1, 2, 3], shorter.TakeContent());
    }
}
