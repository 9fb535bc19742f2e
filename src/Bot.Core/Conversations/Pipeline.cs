using Bot.Core.Messaging;

namespace Bot.Core.Conversations;

/// <summary>The adapters' door into the pipeline.</summary>
public sealed class Pipeline(PipelineQueue queue)
{
    /// <summary>Queues an update; the returned task completes once its effects are committed.</summary>
    public async ValueTask<Task> EnqueueAsync(InboundUpdate update, CancellationToken cancellationToken)
    {
        var item = PipelineItem.For(update);
        await queue.EnqueueAsync(item, cancellationToken).ConfigureAwait(false);
        return item.Committed;
    }

    public async ValueTask<Task> EnqueueAsync(IPipelineJob job, CancellationToken cancellationToken)
    {
        var item = PipelineItem.For(job);
        await queue.EnqueueAsync(item, cancellationToken).ConfigureAwait(false);
        return item.Committed;
    }

    /// <summary>Queues an update and waits for its commit.</summary>
    public async Task SubmitAsync(InboundUpdate update, CancellationToken cancellationToken)
    {
        var committed = await EnqueueAsync(update, cancellationToken).ConfigureAwait(false);
        await committed.WaitAsync(cancellationToken).ConfigureAwait(false);
    }
}
