using System.Diagnostics;
using Bot.Core.Admin;
using Bot.Core.Conversations.Forms;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Outbox;
using Bot.Core.Storage;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Conversations;

/// <summary>
/// Applies one batch in ONE LiteDB transaction: dedupe, flow steps, conversation state and outbox rows.
/// A step that throws rolls the batch back; the batch is run again with that update answered by an
/// apology, so one bad update never blocks the others and never loops.
/// </summary>
internal sealed partial class BatchProcessor(
    BotDatabase database,
    UpdateRouter router,
    TextCatalog texts,
    IRoleDirectory roles,
    IOutboxFeed outbox,
    TimeProvider clock,
    PipelineMetrics metrics,
    ProcessedKeys processed,
    ILogger<BatchProcessor> logger)
{
    private readonly ConversationCache _conversations = new();

    public void Process(IReadOnlyList<PipelineItem> batch)
    {
        var poisoned = new HashSet<PipelineItem>();
        while (true)
        {
            var session = new WriterSession(database, texts, clock.GetUtcNow().UtcDateTime, _conversations);
            PipelineItem? failed = null;
            Exception? failure = null;
            try
            {
                database.Raw.BeginTrans();
                (failed, failure) = Apply(batch, session, poisoned);
                if (failed is null)
                {
                    session.Flush();
                    RecordProcessed(batch, session);
                    database.Commit();
                }
                else
                {
                    database.Raw.Rollback();
                }
            }
            catch (Exception ex)
            {
                // Storage itself failed: nothing is acknowledged, so the platforms deliver these again.
                database.Raw.Rollback();
                LogBatchFailed(ex, batch.Count);
                metrics.Error();
                foreach (var item in batch)
                {
                    item.MarkFailed(ex);
                }

                return;
            }

            if (failed is not null)
            {
                poisoned.Add(failed);
                LogStepFailed(failure!, Describe(failed));
                metrics.Error();
                continue;
            }

            processed.Add(batch.Where(i => i.Update is not null).Select(i => i.Update!.Key), session.NowUtc);
            _conversations.Committed(session.Conversations);
            Completed(batch, session);
            return;
        }
    }

    private (PipelineItem? Failed, Exception? Error) Apply(IReadOnlyList<PipelineItem> batch, WriterSession session, HashSet<PipelineItem> poisoned)
    {
        var seen = new HashSet<string>();
        foreach (var item in batch)
        {
            try
            {
                if (item.Job is { } job)
                {
                    if (!poisoned.Contains(item))
                    {
                        job.Run(session);
                    }

                    continue;
                }

                var update = item.Update!;
                if (!seen.Add(update.Key) || processed.Contains(update.Key))
                {
                    metrics.Duplicate();
                    continue;
                }

                if (poisoned.Contains(item))
                {
                    Apologise(session, update);
                }
                else
                {
                    Handle(session, update);
                }
            }
            catch (Exception ex)
            {
                return (item, ex);
            }
        }

        return (null, null);
    }

    /// <summary>One document for the whole batch: keys of updates applied (an apology counts as applied).</summary>
    private void RecordProcessed(IReadOnlyList<PipelineItem> batch, WriterSession session)
    {
        var keys = new List<string>(batch.Count);
        var seen = new HashSet<string>(batch.Count);
        foreach (var item in batch)
        {
            if (item.Update is { } update && seen.Add(update.Key) && !processed.Contains(update.Key))
            {
                keys.Add(update.Key);
            }
        }

        if (keys.Count > 0)
        {
            database.Processed.Insert(new ProcessedBatch { AtUtc = session.NowUtc, Keys = keys });
        }
    }

    private void Handle(WriterSession session, InboundUpdate update)
    {
        var conversation = session.Conversation(update.Chat);
        if (conversation.LastActivityUtc == default)
        {
            conversation.Language = Languages.FromLanguageCode(update.LanguageCode);
        }

        conversation.UserId = update.SenderId;
        conversation.UserName = update.SenderName;
        conversation.LastActivityUtc = session.NowUtc;
        router.Route(new UpdateContext(session, update, conversation, roles.RoleOf(update.Platform, update.SenderId)));
    }

    private static void Apologise(WriterSession session, InboundUpdate update)
    {
        var conversation = session.Conversation(update.Chat);
        FormEngine.Clear(conversation);
        conversation.LastActivityUtc = session.NowUtc;
        var t = session.TextsFor(conversation);
        session.Send(update.Chat, MainMenu.Message(t, t["error.apology"]));
    }

    private void Completed(IReadOnlyList<PipelineItem> batch, WriterSession session)
    {
        outbox.Publish(session.NewRows);
        foreach (var action in session.AfterCommitActions)
        {
            try
            {
                action();
            }
            catch (Exception ex)
            {
                LogAfterCommitFailed(ex);
            }
        }

        var now = Stopwatch.GetTimestamp();
        foreach (var item in batch)
        {
            metrics.Committed(item, now);
            item.MarkCommitted();
        }

        metrics.Batch();
    }

    private static string Describe(PipelineItem item) =>
        item.Update is { } u ? $"update {u.Key} in chat {u.Chat}" : $"job {item.Job!.Name}";

    [LoggerMessage(Level = LogLevel.Error, Message = "A flow step failed on {Item}; the user gets an apology and the chat returns to the menu")]
    private partial void LogStepFailed(Exception exception, string item);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not commit a batch of {Count}; nothing was acknowledged and the updates will come again")]
    private partial void LogBatchFailed(Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "An after-commit action failed")]
    private partial void LogAfterCommitFailed(Exception exception);
}
