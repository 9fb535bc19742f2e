using Bot.Core.Conversations;

namespace Bot.Core.Tests.Support;

/// <summary>
/// A job that keeps the writer thread busy until released, so that everything queued meanwhile is
/// taken as one batch.
/// </summary>
internal sealed class WriterHold : IPipelineJob
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ManualResetEventSlim _release = new();

    public string Name => "test-hold";

    public Task Entered => _entered.Task;

    public void Run(WriterSession session)
    {
        _entered.TrySetResult();
        _release.Wait(TimeSpan.FromSeconds(10));
    }

    public void Release() => _release.Set();
}
