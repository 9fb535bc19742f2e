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
    private PeriodicTimer? _timer;
    private long _startUpdates;
    private long _startErrors;

    // The timer starts with the host, not whenever the thread pool gets round to ExecuteAsync (.NET 10 runs it
    // off the start-up thread), so the first line covers exactly the first interval.
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _timer = new PeriodicTimer(options.Value.SummaryInterval, clock);
        (_startUpdates, _startErrors) = (metrics.UpdateCount, metrics.ErrorCount);
        return base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _timer?.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.SummaryInterval;
        var (updates, errors) = (_startUpdates, _startErrors);
        var timer = _timer!;
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
