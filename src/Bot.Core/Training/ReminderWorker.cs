using Bot.Core.Conversations;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Core.Training;

/// <summary>Queues a <see cref="ReminderJob"/> at start (catching up on reminders due while the bot was down) and at every interval.</summary>
public sealed class ReminderWorker(Pipeline pipeline, ReminderJob job, IOptions<TrainingOptions> options, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ReminderScanInterval, clock);
        try
        {
            do
            {
                await pipeline.EnqueueAsync(job, stoppingToken).ConfigureAwait(false);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
