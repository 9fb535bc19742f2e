using Bot.Core.Conversations;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Core.Curation.Retention;

/// <summary>Queues a <see cref="RejectedPhotoCleanupJob"/> every hour.</summary>
public sealed class RejectedPhotoRetentionWorker(Pipeline pipeline, IOptions<CurationOptions> options, TimeProvider clock) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var job = new RejectedPhotoCleanupJob(TimeSpan.FromDays(options.Value.RejectedPhotoRetentionDays));
        using var timer = new PeriodicTimer(Interval, clock);
        try
        {
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
