using Bot.Core.Outbox;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Core.Conversations;

/// <summary>Logs one line per interval (a minute by default): updates per second, outbox backlog and new errors.</summary>
public sealed partial class PipelineSummary(
    PipelineMetrics metrics,
    OutboxDispatcher outbox,
    PipelineQueue queue,
    IOptions<PipelineOptions> options,
    TimeProvider clock,
    ILogger<PipelineSummary> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.SummaryInterval;
        var updates = metrics.UpdateCount;
        var errors = metrics.ErrorCount;
        using var timer = new PeriodicTimer(interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                var nowUpdates = metrics.UpdateCount;
                var nowErrors = metrics.ErrorCount;
                var rate = (nowUpdates - updates) / interval.TotalSeconds;
                LogSummary(Math.Round(rate, 2), nowUpdates - updates, queue.Count, outbox.Backlog, nowErrors - errors, nowErrors);
                (updates, errors) = (nowUpdates, nowErrors);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Summary: {UpdatesPerSecond} updates/s ({Updates} updates), queue {Queued}, outbox backlog {Backlog}, errors {Errors} (total {TotalErrors})")]
    private partial void LogSummary(double updatesPerSecond, long updates, int queued, int backlog, long errors, long totalErrors);
}
