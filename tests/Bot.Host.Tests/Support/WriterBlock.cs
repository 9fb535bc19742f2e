using Bot.Core.Conversations;

namespace Bot.Host.Tests.Support;

/// <summary>A pipeline job that holds the writer thread until released: the pipeline is busy, nothing commits.</summary>
public sealed class WriterBlock : IPipelineJob, IDisposable
{
    private readonly ManualResetEventSlim _release = new();
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Name => "test-writer-block";

    /// <summary>Completes once the writer is inside the job.</summary>
    public Task Entered => _entered.Task;

    public void Run(WriterSession session)
    {
        _entered.TrySetResult();

        // Bounded, so a failing test cannot hang the writer for ever.
        _release.Wait(TimeSpan.FromSeconds(30));
    }

    public void Release() => _release.Set();

    public void Dispose()
    {
        _release.Set();
        _release.Dispose();
    }
}
