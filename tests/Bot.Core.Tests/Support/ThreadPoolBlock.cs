namespace Bot.Core.Tests.Support;

/// <summary>
/// Keeps every thread-pool thread busy until disposed, so that work queued meanwhile (Task.Run) cannot start.
/// Used to make a start-up race deterministic; only code that runs synchronously may run inside it.
/// </summary>
public sealed class ThreadPoolBlock : IDisposable
{
    private readonly ManualResetEventSlim _release = new();
    private readonly List<Task> _blockers;

    private ThreadPoolBlock()
    {
        ThreadPool.GetMinThreads(out var workers, out _);
        var count = Math.Max(workers, ThreadPool.ThreadCount) + 8;
        _blockers = [.. Enumerable.Range(0, count).Select(_ => Task.Run(() => _release.Wait(TimeSpan.FromSeconds(10))))];
        if (!SpinWait.SpinUntil(() => ThreadPool.PendingWorkItemCount > 0, TimeSpan.FromSeconds(5)))
        {
            _release.Set();
            throw new InvalidOperationException("Could not occupy the thread pool.");
        }
    }

    public static ThreadPoolBlock Start() => new();

    public void Dispose()
    {
        _release.Set();
        Task.WaitAll([.. _blockers], TimeSpan.FromSeconds(10));
        _release.Dispose();
    }
}
