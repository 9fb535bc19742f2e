using Bot.Core.Conversations;
using Bot.Core.Storage;
using LiteDB;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Core.Outbox;

/// <summary>
/// Every hour, deletes outbox rows settled longer ago than <see cref="OutboxOptions.KeepSentDays"/>. Sent messages repeat
/// what people typed (names, phones in form summaries), and without this the file would grow with every reply.
/// Rows are read here, off the writer thread, in id order (creation order), and deleted in writer jobs of a thousand.
/// </summary>
public sealed partial class OutboxRetentionWorker(
    BotDatabase database,
    Pipeline pipeline,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxRetentionWorker> logger) : BackgroundService
{
    private const int PageSize = 1000;
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    /// <summary>One pass; returns how many rows were deleted.</summary>
    public async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - TimeSpan.FromDays(options.Value.KeepSentDays);
        var deleted = 0;
        var after = 0L;
        while (true)
        {
            var page = database.Outbox.Find(Query.GT("_id", after), limit: PageSize).ToList();
            if (page.Count == 0)
            {
                break;
            }

            var doomed = page.Where(r => r.Status != OutboxStatus.Pending && r.DoneUtc < cutoff).Select(r => r.Id).ToList();
            if (doomed.Count > 0)
            {
                var committed = await pipeline.EnqueueAsync(new OutboxPruneJob(doomed), cancellationToken).ConfigureAwait(false);
                await committed.WaitAsync(cancellationToken).ConfigureAwait(false);
                deleted += doomed.Count;
            }

            // Ids grow with creation time, and a row is settled after it is created: nothing further on is old enough.
            if (page[^1].CreatedUtc >= cutoff)
            {
                break;
            }

            after = page[^1].Id;
        }

        if (deleted > 0)
        {
            LogPruned(deleted, options.Value.KeepSentDays);
        }

        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await PruneAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogFailed(ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} outbox messages settled more than {Days} days ago")]
    private partial void LogPruned(int count, int days);

    [LoggerMessage(Level = LogLevel.Error, Message = "Pruning old outbox messages failed; the next hour tries again")]
    private partial void LogFailed(Exception exception);
}
