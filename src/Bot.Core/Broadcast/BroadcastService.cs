using System.Collections.Concurrent;
using Bot.Core.Audit;
using Bot.Core.Conversations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Core.Broadcast;

/// <summary>
/// Runs broadcasts on the writer thread. Recipients are stored as deliveries when the admin confirms; they are
/// handed to the outbox a window at a time (<see cref="BroadcastOptions.MaxInFlight"/>), topped up as sends are
/// acknowledged, so thousands of messages never sit in front of other users' replies.
/// </summary>
public sealed partial class BroadcastService(
    IEnumerable<IBroadcastAudience> audiences,
    BlockedChats blocked,
    IOptions<BroadcastOptions> options,
    ILogger<BroadcastService> logger)
{
    public const string DeliveryTagPrefix = "broadcast:";
    public const string ProgressTagPrefix = "broadcast-progress:";

    private readonly ConcurrentQueue<string> _discarded = new();
    private volatile bool _hasActive;
    private bool _recovered;

    /// <summary>True while a broadcast runs or finishes a stop (set after the commit that starts it).</summary>
    public bool HasActive => _hasActive;

    public IReadOnlyList<IBroadcastAudience> Audiences { get; } = [.. audiences];

    public IBroadcastAudience? Audience(string? key) => Audiences.FirstOrDefault(a => a.Key == key);

    /// <summary>The audience's recipients now: one per chat, without chats that blocked the bot.</summary>
    public (List<BroadcastRecipient> Recipients, int SkippedBlocked) Recipients(WriterSession session, IBroadcastAudience audience, string? parameter)
    {
        var seen = new HashSet<string>();
        var recipients = new List<BroadcastRecipient>();
        var skipped = 0;
        foreach (var recipient in audience.Resolve(session, parameter))
        {
            if (!seen.Add(recipient.Chat.Key))
            {
                continue;
            }

            if (blocked.IsBlocked(session, recipient.Chat))
            {
                skipped++;
                continue;
            }

            recipients.Add(recipient);
        }

        return (recipients, skipped);
    }

    /// <summary>The admin confirmed a draft: store its recipients, hand the first window to the outbox, start the progress report.</summary>
    /// <returns>False when nobody is left to send to (the draft is discarded and the admin told).</returns>
    public bool Start(UpdateContext context, BroadcastRun run)
    {
        var session = context.Session;
        var audience = Audience(run.AudienceKey);
        var (recipients, skipped) = audience is null ? ([], 0) : Recipients(session, audience, run.AudienceParameter);
        if (recipients.Count == 0)
        {
            run.Status = BroadcastStatus.Discarded;
            BroadcastStore.Runs(session.Database).Update(run);
            context.ReplyKey("broadcast.no_recipients");
            return false;
        }

        BroadcastStore.Deliveries(session.Database).InsertBulk(recipients.Select((r, i) => new BroadcastDelivery
        {
            Id = BroadcastDelivery.KeyOf(run.Id, i),
            BroadcastId = run.Id,
            Platform = r.Chat.Platform,
            ChatId = r.Chat.ChatId,
            Language = r.Language,
            State = DeliveryState.Waiting,
        }));
        run.Total = recipients.Count;
        run.SkippedBlocked = skipped;
        run.Status = BroadcastStatus.Running;
        run.StartedUtc = session.NowUtc;
        run.LastProgressUtc = session.NowUtc;
        Feed(session, run);
        session.Send(run.AdminChat, BroadcastMessages.Progress(session.Texts.For(run.AdminLanguage), run), tag: ProgressTagPrefix + run.Id);
        BroadcastStore.Runs(session.Database).Update(run);
        session.AfterCommit(() => _hasActive = true);
        AuditLog.Record(context, "broadcast.start", $"broadcast:{run.Id}", after: new
        {
            run.AudienceKey, run.AudienceParameter, run.AudienceLabel, run.Total, run.SkippedBlocked, run.Text, HasPhoto = run.PhotoFileId is not null,
        });
        LogStarted(run.Id, run.Total, run.AudienceKey);
        return true;
    }

    /// <summary>Hands the next recipients to the outbox, up to the window; each delivery turns Queued with its row.</summary>
    public void Feed(WriterSession session, BroadcastRun run)
    {
        var room = Math.Min(options.Value.MaxInFlight - run.Queued, run.Total - run.Fed);
        if (run.Status != BroadcastStatus.Running || room <= 0)
        {
            return;
        }

        var deliveries = BroadcastStore.Deliveries(session.Database);
        foreach (var delivery in BroadcastStore.Range(session.Database, run.Id, run.Fed, run.Fed + room))
        {
            if (delivery.State != DeliveryState.Waiting)
            {
                continue;
            }

            delivery.State = DeliveryState.Queued;
            deliveries.Update(delivery);
            var message = BroadcastMessages.ForRecipient(session.Texts.For(delivery.Language), run, delivery.Platform);
            session.Send(delivery.Chat, message, tag: DeliveryTagPrefix + delivery.Id, bulk: true);
            run.Queued++;
        }

        // Recipients erased meanwhile are simply missing from the range.
        run.Fed += room;
    }

    /// <summary>Ends the broadcast once every recipient is fed and acknowledged (or dropped), and reports the counts.</summary>
    public void FinishIfDone(WriterSession session, BroadcastRun run)
    {
        if (!run.IsActive || run.Fed < run.Total || run.Queued > 0)
        {
            return;
        }

        run.Status = run.Status == BroadcastStatus.Running ? BroadcastStatus.Completed : BroadcastStatus.Cancelled;
        run.FinishedUtc = session.NowUtc;
        var t = session.Texts.For(run.AdminLanguage);
        if (run.ProgressMessageId is not null)
        {
            session.Send(run.AdminChat, BroadcastMessages.Progress(t, run) with { Buttons = [] });
        }

        session.Send(run.AdminChat, BroadcastMessages.Finished(t, run));
        LogFinished(run.Id, run.Status, run.Sent, run.Failed, run.Blocked, run.Dropped);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Broadcast {Id} started to {Total} recipients ({Audience})")]
    private partial void LogStarted(long id, int total, string audience);

    [LoggerMessage(Level = LogLevel.Information, Message = "Broadcast {Id} {Status}: sent {Sent}, failed {Failed}, blocked {Blocked}, dropped {Dropped}")]
    private partial void LogFinished(long id, BroadcastStatus status, int sent, int failed, int blocked, int dropped);
}
