using System.Diagnostics;
using Bot.Core.Messaging;

namespace Bot.Core.Conversations;

/// <summary>An update or a job waiting for the writer; <see cref="Committed"/> completes after its transaction.</summary>
public sealed class PipelineItem
{
    private readonly TaskCompletionSource _committed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private PipelineItem(InboundUpdate? update, IPipelineJob? job)
    {
        Update = update;
        Job = job;
        EnqueuedTimestamp = Stopwatch.GetTimestamp();
    }

    public InboundUpdate? Update { get; }

    public IPipelineJob? Job { get; }

    public long EnqueuedTimestamp { get; }

    public Task Committed => _committed.Task;

    public static PipelineItem For(InboundUpdate update) => new(update, null);

    public static PipelineItem For(IPipelineJob job) => new(null, job);

    internal void MarkCommitted() => _committed.TrySetResult();

    internal void MarkFailed(Exception error) => _committed.TrySetException(error);

    internal void MarkCancelled() => _committed.TrySetCanceled();
}
