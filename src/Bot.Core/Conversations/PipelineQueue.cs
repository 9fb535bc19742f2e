using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Bot.Core.Conversations;

/// <summary>
/// The bounded queue between the platform adapters and the writer thread. Producers wait
/// asynchronously when it is full; the writer (a dedicated thread) blocks while it is empty.
/// </summary>
public sealed class PipelineQueue(IOptions<PipelineOptions> options)
{
    private readonly ConcurrentQueue<PipelineItem> _items = new();
    private readonly SemaphoreSlim _available = new(0);
    private readonly SemaphoreSlim _space = new(options.Value.QueueCapacity);

    public int Count => _items.Count;

    public async ValueTask EnqueueAsync(PipelineItem item, CancellationToken cancellationToken)
    {
        await _space.WaitAsync(cancellationToken).ConfigureAwait(false);
        _items.Enqueue(item);
        _available.Release();
    }

    /// <summary>Blocks until at least one item is there (or <see cref="Wake"/> is called), then takes up to <paramref name="max"/>.</summary>
    /// <returns>False when cancelled while waiting.</returns>
    public bool TakeBatch(List<PipelineItem> into, int max, CancellationToken cancellationToken)
    {
        try
        {
            _available.Wait(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }

        Take(into);
        while (into.Count < max && _available.Wait(0))
        {
            Take(into);
        }

        return true;
    }

    /// <summary>Wakes the writer without an item, so it runs queued maintenance even when no update arrives.</summary>
    public void Wake() => _available.Release();

    /// <summary>Cancels whatever is still queued at shutdown; adapters then leave those updates unacknowledged.</summary>
    public void CancelPending()
    {
        while (_available.Wait(0))
        {
            if (_items.TryDequeue(out var item))
            {
                item.MarkCancelled();
            }
        }
    }

    private void Take(List<PipelineItem> into)
    {
        if (_items.TryDequeue(out var item))
        {
            into.Add(item);
            _space.Release();
        }
    }
}
