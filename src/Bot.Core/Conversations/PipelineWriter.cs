using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Core.Conversations;

/// <summary>
/// The one writer: a dedicated thread (LiteDB transactions are bound to their thread) that takes
/// whatever is queued and commits it as one batch. On shutdown it finishes the batch in hand.
/// </summary>
internal sealed class PipelineWriter(PipelineQueue queue, BatchProcessor processor, WriterMaintenance maintenance, IOptions<PipelineOptions> options) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                Run(stoppingToken);
                finished.SetResult();
            }
            catch (Exception ex)
            {
                finished.SetException(ex);
            }
        })
        {
            Name = "pipeline-writer",
            IsBackground = true,
        };
        thread.Start();
        return finished.Task;
    }

    private void Run(CancellationToken stoppingToken)
    {
        var max = options.Value.MaxBatchSize;
        var batch = new List<PipelineItem>(max);

        // A crash after an erasure but before its checkpoint leaves old pages in the file: fold the log in first.
        maintenance.Checkpoint();
        while (!stoppingToken.IsCancellationRequested)
        {
            batch.Clear();
            if (!queue.TakeBatch(batch, max, stoppingToken))
            {
                break;
            }

            if (batch.Count > 0)
            {
                processor.Process(batch);
            }

            // Between batches no transaction is open, so work that needs the whole file (checkpoint, backup) runs here.
            maintenance.RunPending();
        }

        queue.CancelPending();
    }
}
