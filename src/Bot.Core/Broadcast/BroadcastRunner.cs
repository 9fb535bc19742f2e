using Bot.Core.Conversations;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Core.Broadcast;

/// <summary>Queues a <see cref="BroadcastTickJob"/> at every tick: progress reports, resuming after a restart, finishing a stop.</summary>
public sealed class BroadcastRunner(Pipeline pipeline, BroadcastService broadcasts, IOptions<BroadcastOptions> options, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var job = new BroadcastTickJob(broadcasts);
        try
        {
            // At once: a broadcast interrupted by a restart goes on without waiting for the first tick.
            await pipeline.EnqueueAsync(job, stoppingToken).ConfigureAwait(false);
            using var timer = new PeriodicTimer(options.Value.TickInterval, clock);
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await pipeline.EnqueueAsync(job, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
