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
}
