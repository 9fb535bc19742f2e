using Bot.Core.Storage;

namespace Bot.Core.Tests.Storage;

/// <summary>The log file syncs around the page that confirms a transaction, and only there.</summary>
public sealed class GroupCommitLogTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"log-{Guid.NewGuid():N}.db");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void PagesThatConfirmNothing_AreWrittenWithoutSync()
    {
        using var log = new GroupCommitLog(_path);

        WritePage(log, 0, confirms: false);
        WritePage(log, 1, confirms: false);
        log.Flush();

        Assert.Equal(0, log.SyncCount);
        Assert.True(log.HasUnsyncedWrites);
        Assert.Equal(2 * GroupCommitLog.PageSize, new FileInfo(_path).Length);
    }

    [Fact]
    public void ConfirmingPage_IsSyncedBeforeAndAfterItIsWritten()
    {
        using var log = new GroupCommitLog(_path);
        for (var page = 0; page < 50; page++)
        {
            WritePage(log, page, confirms: false);
        }

        WritePage(log, 50, confirms: true);

        Assert.Equal(2, log.SyncCount);
        Assert.False(log.HasUnsyncedWrites);
    }

    [Fact]
    public void ConfirmingPage_AfterASync_IsSyncedOnceMore()
    {
        using var log = new GroupCommitLog(_path);
        WritePage(log, 0, confirms: true);
        Assert.Equal(1, log.SyncCount);

        WritePage(log, 1, confirms: true);

        Assert.Equal(2, log.SyncCount);
    }

    [Fact]
    public void WrittenPages_ReadBackAtTheirPositions()
    {
        using (var log = new GroupCommitLog(_path))
        {
            WritePage(log, 0, confirms: false, fill: 7);
            WritePage(log, 1, confirms: true, fill: 9);
        }

        using var reopened = new GroupCommitLog(_path);
        var buffer = new byte[GroupCommitLog.PageSize];
        reopened.Position = GroupCommitLog.PageSize;
        Assert.Equal(buffer.Length, reopened.Read(buffer, 0, buffer.Length));
        Assert.Equal(9, buffer[100]);
        Assert.Equal(1, buffer[GroupCommitLog.ConfirmedFlagOffset]);
        Assert.Equal(2 * GroupCommitLog.PageSize, reopened.Length);
    }

    private static void WritePage(GroupCommitLog log, int page, bool confirms, byte fill = 1)
    {
        var buffer = new byte[GroupCommitLog.PageSize];
        Array.Fill(buffer, fill);
        buffer[GroupCommitLog.ConfirmedFlagOffset] = confirms ? (byte)1 : (byte)0;
        log.Position = (long)page * GroupCommitLog.PageSize;
        log.Write(buffer, 0, buffer.Length);
    }
}
