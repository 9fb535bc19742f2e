using System.Text.Json.Nodes;
using Bot.Core.Conversations;
using Bot.Core.Messaging;
using Bot.Core.Outbox;
using Bot.Core.Storage;
using Microsoft.Extensions.Options;

namespace Bot.Host.Operations;

/// <summary>What /healthz answers: database writable, each platform's state, the outbox backlog and its oldest row's age.</summary>
public sealed class HealthReporter(
    Pipeline pipeline,
    BotDatabase database,
    OutboxDispatcher outbox,
    PipelineMetrics metrics,
    IEnumerable<IPlatformHealth> platforms,
    IOptions<HealthOptions> options,
    TimeProvider clock)
{
    private static readonly Platform[] ChatPlatforms = [Platform.Telegram, Platform.Discord];

    /// <returns>The JSON report, and whether everything configured is healthy.</returns>
    public async Task<(JsonObject Report, bool Healthy)> CheckAsync(CancellationToken cancellationToken)
    {
        var (writable, error) = await ProbeWriteAsync(cancellationToken).ConfigureAwait(false);
        var healthy = writable;
        var platformStates = new JsonObject();
        var known = platforms.ToDictionary(p => p.Platform);
        foreach (var platform in ChatPlatforms)
        {
            if (known.TryGetValue(platform, out var health))
            {
                platformStates[platform.ToString().ToLowerInvariant()] = new JsonObject { ["configured"] = true, ["connected"] = health.State == "connected", ["state"] = health.State };
                healthy &= !health.IsStopped;
            }
            else
            {
                platformStates[platform.ToString().ToLowerInvariant()] = new JsonObject { ["configured"] = false, ["connected"] = false, ["state"] = "not configured" };
            }
        }

        var oldest = database.Outbox.Query().Where(r => r.Status == OutboxStatus.Pending).OrderBy(r => r.Id).Limit(1).FirstOrDefault();
        var now = clock.GetUtcNow().UtcDateTime;
        var report = new JsonObject
        {
            ["status"] = healthy ? "ok" : "degraded",
            ["timeUtc"] = now,
            ["database"] = new JsonObject { ["writable"] = writable, ["error"] = error },
            ["platforms"] = platformStates,
            ["outbox"] = new JsonObject
            {
                ["backlog"] = outbox.Backlog,
                ["oldestUnsentSeconds"] = oldest is null ? null : Math.Max(0, Math.Round((now - oldest.CreatedUtc).TotalSeconds, 1)),
            },
            ["pipeline"] = new JsonObject { ["updatesCommitted"] = metrics.UpdateCount, ["errors"] = metrics.ErrorCount },
        };
        return (report, healthy);
    }

    private async Task<(bool Writable, string? Error)> ProbeWriteAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.WriteTimeout);
        try
        {
            var committed = await pipeline.EnqueueAsync(new HealthProbeJob(), timeout.Token).ConfigureAwait(false);
            await committed.WaitAsync(timeout.Token).ConfigureAwait(false);
            return (true, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (false, $"no commit within {options.Value.WriteTimeout.TotalSeconds:0} s");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return (false, ex.Message);
        }
    }
}
