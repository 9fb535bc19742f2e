using Bot.Core.Conversations;
using global::Telegram.Bot;
using global::Telegram.Bot.Exceptions;
using global::Telegram.Bot.Types;
using global::Telegram.Bot.Types.Enums;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Host.Telegram;

/// <summary>
/// Long polling. The next offset (Telegram's acknowledgement) is sent only after every update of the
/// previous batch is committed, so a crash at any point loses nothing.
/// </summary>
public sealed partial class TelegramPollingHost(
    ITelegramBotClient client,
    Pipeline pipeline,
    TelegramStatus status,
    IOptions<TelegramOptions> options,
    TimeProvider clock,
    ILogger<TelegramPollingHost> logger) : BackgroundService
{
    private static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.CallbackQuery];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        int? offset = null;
        var connected = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!connected)
                {
                    var me = await client.GetMe(stoppingToken).ConfigureAwait(false);
                    await client.DeleteWebhook(cancellationToken: stoppingToken).ConfigureAwait(false);
                    LogConnected(me.Username ?? me.FirstName);
                    connected = true;
                    status.Connected();
                }

                var updates = await client.GetUpdates(offset, 100, options.Value.PollTimeoutSeconds, Wanted, stoppingToken).ConfigureAwait(false);
                failures = 0;
                if (updates.Length == 0)
                {
                    continue;
                }

                await CommitAsync(updates, stoppingToken).ConfigureAwait(false);
                offset = updates[^1].Id + 1;
                AnswerButtons(updates);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 401)
            {
                LogTokenRejected();
                status.Stopped("token rejected (401)");
                return;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 429)
            {
                await Task.Delay(TimeSpan.FromSeconds(ex.Parameters?.RetryAfter ?? 5), clock, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                failures++;
                var delay = Backoff(failures);
                if (ex is ApiRequestException { ErrorCode: 409 })
                {
                    LogConflict(delay.TotalSeconds);
                }
                else
                {
                    LogPollFailed(ex.GetType().Name, Describe(ex), delay.TotalSeconds);
                }

                status.Failing(ex.GetType().Name);
                try
                {
                    await Task.Delay(delay, clock, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task CommitAsync(Update[] updates, CancellationToken stoppingToken)
    {
        var commits = new List<Task>(updates.Length);
        foreach (var update in updates)
        {
            if (TelegramUpdateMapper.Map(update) is { } inbound)
            {
                commits.Add(await pipeline.EnqueueAsync(inbound, stoppingToken).ConfigureAwait(false));
            }
        }

        await Task.WhenAll(commits).WaitAsync(stoppingToken).ConfigureAwait(false);
    }

    // Answered after the commit so the spinner stops only once the press has really been taken in.
    private void AnswerButtons(Update[] updates)
    {
        foreach (var update in updates)
        {
            if (update.CallbackQuery is { } callback)
            {
                _ = AnswerAsync(callback.Id);
            }
        }
    }

    private async Task AnswerAsync(string callbackId)
    {
        try
        {
            await client.AnswerCallbackQuery(callbackId).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // A press older than Telegram's answer window can no longer be answered; the reply still goes out.
            LogAnswerFailed(Describe(ex));
        }
    }

    private static TimeSpan Backoff(int failures) =>
        TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, Math.Min(failures, 6)) / 2) * (0.8 + (Random.Shared.NextDouble() * 0.4)));

    // Exception messages only: they never carry the request URL, which holds the token.
    private static string Describe(Exception ex) => ex is ApiRequestException api ? $"{api.ErrorCode} {api.Message}" : ex.Message;

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram connected as @{BotName}; polling for updates")]
    private partial void LogConnected(string? botName);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Telegram rejected the bot token (401 Unauthorized). Polling has stopped. Check Telegram__BotToken: it may be revoked or mistyped; get the current one from @BotFather and restart the bot.")]
    private partial void LogTokenRejected();

    [LoggerMessage(Level = LogLevel.Error, Message = "Telegram says another program is polling with this token or a webhook is set (409). Retrying in {Seconds:0} s.")]
    private partial void LogConflict(double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Polling Telegram failed ({Kind}: {Reason}); retrying in {Seconds:0.0} s")]
    private partial void LogPollFailed(string kind, string reason, double seconds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Could not answer a button press: {Reason}")]
    private partial void LogAnswerFailed(string reason);
}
