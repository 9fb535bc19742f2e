using System.Threading.Channels;
using Bot.Core.Conversations;
using Bot.Core.Messaging;
using Bot.Host.Discord.Gateway;
using Bot.Host.Discord.Models;
using Bot.Host.Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Host.Discord.Workspace;

/// <summary>
/// Runs the Discord side: overwrites the guild's slash commands, keeps the gateway connected, answers every interaction
/// at once (the first response never waits for the pipeline) and hands the resulting updates to the pipeline in order.
/// Discord does not deliver events again, so an update lost in a crash before its commit is lost; the member sees the
/// "thinking…" expire and can press again.
/// </summary>
internal sealed partial class DiscordWorkspaceHost(
    DiscordGatewayClient gateway,
    DiscordRestClient rest,
    Pipeline pipeline,
    DiscordInteractionRouter router,
    DiscordMessageMapper messages,
    DiscordReplyTargets targets,
    DiscordSlashCommands slashCommands,
    TimeProvider clock,
    ILogger<DiscordWorkspaceHost> logger) : BackgroundService
{
    // Unbounded so that a full pipeline queue never delays the next interaction's acknowledgement.
    private readonly Channel<InboundUpdate> _toPipeline = Channel.CreateUnbounded<InboundUpdate>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var registration = RegisterCommandsAsync(stoppingToken);
        var forwarding = ForwardAsync(stoppingToken);
        var connection = gateway.RunAsync(stoppingToken);
        try
        {
            await foreach (var dispatch in gateway.Dispatches.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    Handle(dispatch, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogDispatchFailed(ex, dispatch.Type);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            _toPipeline.Writer.TryComplete();
        }

        await Task.WhenAll(connection, forwarding, registration).ConfigureAwait(false);
    }

    private void Handle(GatewayDispatch dispatch, CancellationToken stoppingToken)
    {
        switch (dispatch.Type)
        {
            case GatewayEventNames.InteractionCreate when dispatch.Deserialize<DiscordInteraction>() is { } interaction:
                var decision = router.Decide(interaction);
                var acknowledged = AcknowledgeAsync(interaction, decision.Response, dispatch.ReceivedAt, stoppingToken);
                if (decision.Update is { } update)
                {
                    targets.Add(update.UpdateId, DiscordReplyTarget.ForInteraction(interaction.Token, acknowledged, decision.EditsOriginal, ephemeral: true, clock.GetUtcNow()));
                    _toPipeline.Writer.TryWrite(update);
                }

                break;
            case GatewayEventNames.MessageCreate when dispatch.Deserialize<DiscordMessage>() is { } message
                && messages.Map(message, gateway.BotUserId) is { } question:
                targets.Add(question.UpdateId, DiscordReplyTarget.ForMessage(message.Id, clock.GetUtcNow()));
                _toPipeline.Writer.TryWrite(question);
                break;
        }
    }

    private async Task<bool> AcknowledgeAsync(DiscordInteraction interaction, InteractionResponse response, DateTimeOffset receivedAt, CancellationToken stoppingToken)
    {
        var result = await rest.CreateInteractionResponseAsync(interaction, response, stoppingToken).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            LogAcknowledgeFailed(interaction.ToString(), result.ToString());
            return false;
        }

        LogAcknowledged(interaction.ToString(), response.Type, (clock.GetUtcNow() - receivedAt).TotalMilliseconds);
        return true;
    }

    private async Task ForwardAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var update in _toPipeline.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                var committed = await pipeline.EnqueueAsync(update, stoppingToken).ConfigureAwait(false);
                _ = ObserveAsync(committed, update.Key);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task ObserveAsync(Task committed, string key)
    {
        try
        {
            await committed.ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            LogNotCommitted(ex, key);
        }
    }

    private async Task RegisterCommandsAsync(CancellationToken stoppingToken)
    {
        var definitions = slashCommands.Definitions();
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var result = await rest.BulkOverwriteGuildCommandsAsync(definitions, stoppingToken).ConfigureAwait(false);
                if (result.IsSuccess)
                {
                    LogCommandsRegistered(result.Value.Count, string.Join(", ", result.Value.Select(c => "/" + c.Name)));
                    return;
                }

                var retry = result.Status is DiscordRestStatus.Transient or DiscordRestStatus.RateLimited && attempt < 5;
                LogCommandsNotRegistered(result.ToString(), retry);
                if (!retry)
                {
                    return;
                }

                await Task.Delay(result.RetryAfter ?? TimeSpan.FromSeconds(Math.Pow(2, attempt)), clock, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord slash commands registered in the guild: {Count} ({Names})")]
    private partial void LogCommandsRegistered(int count, string names);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord did not take the slash commands ({Result}); retrying: {Retry}. Check Discord:ApplicationId and Discord:GuildId, and that the bot was invited with the applications.commands scope.")]
    private partial void LogCommandsNotRegistered(string result, bool retry);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Acknowledged {Interaction} with {Type} {Milliseconds:0} ms after it arrived")]
    private partial void LogAcknowledged(string interaction, InteractionCallbackType type, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not acknowledge {Interaction}: {Result}")]
    private partial void LogAcknowledgeFailed(string interaction, string result);

    [LoggerMessage(Level = LogLevel.Error, Message = "A Discord {Type} event could not be handled")]
    private partial void LogDispatchFailed(Exception exception, string type);

    [LoggerMessage(Level = LogLevel.Error, Message = "Discord update {Key} was not committed; Discord will not send it again")]
    private partial void LogNotCommitted(Exception exception, string key);
}
