using Bot.Core.Conversations;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Core.Broadcast;

/// <summary>
/// Queues a <see cref="BroadcastTickJob"/> at every tick while a broadcast is active (progress reports, finishing a
/// stop), and once at start (resuming after a restart). A tick waits for the previous one's commit, so a busy writer
/// never gets a pile of them.
/// </summary>
public sealed class BroadcastRunner(Pipeline pipeline, BroadcastService broadcasts, IOptions<BroadcastOptions> options, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var job = new BroadcastTickJob(broadcasts);
        try
        {
            // At once: a broadcast interrupted by a restart goes on without waiting for the first tick.
            await RunAsync(job, stoppingToken).ConfigureAwait(false);
            using var timer = new PeriodicTimer(options.Value.TickInterval, clock);
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                if (broadcasts.HasActive)
                {
                    await RunAsync(job, stoppingToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task RunAsync(BroadcastTickJob job, CancellationToken stoppingToken)
    {
        var committed = await pipeline.EnqueueAsync(job, stoppingToken).ConfigureAwait(false);
        try
        {
            await committed.WaitAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The batch failed and was logged by the writer; the next tick tries again.
        }
    }
}
