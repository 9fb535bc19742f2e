using Bot.Core.Conversations.Forms;
using Bot.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Core.Conversations;

/// <summary>Queues a <see cref="SweepJob"/> at every sweep interval.</summary>
public sealed class ConversationSweeper(
    Pipeline pipeline,
    FormEngine forms,
    IOptions<ConversationOptions> options,
    IOptions<StorageOptions> storage,
    TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var job = new SweepJob(
            forms, TimeSpan.FromDays(storage.Value.ProcessedUpdateRetentionDays), TimeSpan.FromDays(storage.Value.ExportRetentionDays));
        using var timer = new PeriodicTimer(options.Value.SweepInterval, clock);
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
