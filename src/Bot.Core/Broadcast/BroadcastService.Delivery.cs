using System.Globalization;
using Bot.Core.Audit;
using Bot.Core.Conversations;
using Bot.Core.Messaging;
using Bot.Core.Outbox;

namespace Bot.Core.Broadcast;

/// <summary>Acknowledgements, the periodic look at running broadcasts, and stopping one.</summary>
public sealed partial class BroadcastService
{
    /// <summary>Records how each broadcast send ended (in the acknowledgement's transaction) and feeds the next recipients.</summary>
    public void Acknowledged(WriterSession session, IReadOnlyList<OutboxAck> acks)
    {
        var runs = new Dictionary<long, BroadcastRun?>();
        var deliveries = BroadcastStore.Deliveries(session.Database);
        foreach (var ack in acks)
        {
            var tag = ack.Row.Tag;
            if (tag is null)
            {
                continue;
            }

            if (tag.StartsWith(ProgressTagPrefix, StringComparison.Ordinal))
            {
                if (long.TryParse(tag.AsSpan(ProgressTagPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                    && Load(session, runs, id) is { } run && ack.Outcome.Status == SendStatus.Sent)
                {
                    run.ProgressMessageId ??= ack.Outcome.PlatformMessageId;
                }
            }
            else if (tag.StartsWith(DeliveryTagPrefix, StringComparison.Ordinal)
                && deliveries.FindById(tag[DeliveryTagPrefix.Length..]) is { } delivery
                && Load(session, runs, delivery.BroadcastId) is { } owner)
            {
                Settle(owner, delivery, ack.Outcome.Status, session.NowUtc);
                deliveries.Update(delivery);
            }
        }

        foreach (var run in runs.Values.OfType<BroadcastRun>())
        {
            Feed(session, run);
            FinishIfDone(session, run);
            BroadcastStore.Runs(session.Database).Update(run);
        }
    }

    /// <summary>Every tick: resume after a restart, account for dropped rows, report progress, finish.</summary>
    public void Tick(WriterSession session)
    {
        var runs = BroadcastStore.Active(session.Database).ToDictionary(r => r.Id);
        if (!_recovered)
        {
            _recovered = true;

            // A stop's unsent rows were deleted with it; whatever was in flight when the process ended is unknown.
            foreach (var run in runs.Values.Where(r => r.Status == BroadcastStatus.Cancelling))
            {
                DropQueued(session, run);
            }
        }

        var deliveries = BroadcastStore.Deliveries(session.Database);
        while (_discarded.TryDequeue(out var id))
        {
            if (deliveries.FindById(id) is { State: DeliveryState.Queued } delivery && runs.TryGetValue(delivery.BroadcastId, out var run))
            {
                Settle(run, delivery, null, session.NowUtc);
                deliveries.Update(delivery);
            }
        }

        var interval = options.Value.ProgressInterval;
        foreach (var run in runs.Values)
        {
            Feed(session, run);
            if (run.Status == BroadcastStatus.Running && run.ProgressMessageId is not null && run.Done != run.LastProgressDone
                && session.NowUtc - run.LastProgressUtc >= interval)
            {
                session.Send(run.AdminChat, BroadcastMessages.Progress(session.Texts.For(run.AdminLanguage), run));
                run.LastProgressUtc = session.NowUtc;
                run.LastProgressDone = run.Done;
            }

            FinishIfDone(session, run);
            BroadcastStore.Runs(session.Database).Update(run);
        }

        var active = runs.Values.Any(r => r.IsActive);
        session.AfterCommit(() => _hasActive = active);
    }

    /// <summary>
    /// Stops a running broadcast: recipients not yet fed are dropped, and so are outbox rows not yet sent (deleted
    /// here; the caller removes them from the dispatcher after the commit and passes them to <see cref="Discarded"/>).
    /// </summary>
    public void Cancel(UpdateContext context, BroadcastRun run)
    {
        var before = AuditSnapshot.Of(Counts(run));
        run.Status = BroadcastStatus.Cancelling;
        run.Dropped += run.Total - run.Fed;
        run.Fed = run.Total;
        var prefix = TagPrefix(run.Id);
        var outbox = context.Session.Database.Outbox;
        foreach (var row in outbox.Find(r => r.Status == OutboxStatus.Pending).Where(r => r.Tag != null && r.Tag.StartsWith(prefix, StringComparison.Ordinal)).ToList())
        {
            outbox.Delete(row.Id);
        }

        AuditLog.Record(context, "broadcast.cancel", $"broadcast:{run.Id}", before, Counts(run));
        FinishIfDone(context.Session, run);
        BroadcastStore.Runs(context.Session.Database).Update(run);
    }

    /// <summary>The outbox tag prefix of one broadcast's deliveries.</summary>
    public static string TagPrefix(long broadcastId) => DeliveryTagPrefix + broadcastId.ToString(CultureInfo.InvariantCulture) + ":";

    /// <summary>Rows the dispatcher dropped from memory; the next tick counts them as dropped.</summary>
    public void Discarded(IEnumerable<OutboxRow> rows)
    {
        foreach (var row in rows)
        {
            _discarded.Enqueue(row.Tag![DeliveryTagPrefix.Length..]);
        }
    }

    /// <param name="status">How the send ended; null when it was dropped unsent.</param>
    private static void Settle(BroadcastRun run, BroadcastDelivery delivery, SendStatus? status, DateTime nowUtc)
    {
        switch (delivery.State)
        {
            case DeliveryState.Queued:
                run.Queued--;
                break;
            case DeliveryState.Dropped:
                run.Dropped--;
                break;
            default:
                return;
        }

        delivery.State = status switch
        {
            null => DeliveryState.Dropped,
            SendStatus.Sent => DeliveryState.Sent,
            SendStatus.Blocked => DeliveryState.Blocked,
            _ => DeliveryState.Failed,
        };
        delivery.DoneUtc = nowUtc;
        _ = delivery.State switch
        {
            DeliveryState.Dropped => run.Dropped++,
            DeliveryState.Sent => run.Sent++,
            DeliveryState.Blocked => run.Blocked++,
            _ => run.Failed++,
        };
    }

    private static void DropQueued(WriterSession session, BroadcastRun run)
    {
        var deliveries = BroadcastStore.Deliveries(session.Database);
        foreach (var delivery in BroadcastStore.Range(session.Database, run.Id, 0, run.Total).Where(d => d.State == DeliveryState.Queued))
        {
            Settle(run, delivery, null, session.NowUtc);
            deliveries.Update(delivery);
        }
    }

    private static BroadcastRun? Load(WriterSession session, Dictionary<long, BroadcastRun?> runs, long id)
    {
        if (!runs.TryGetValue(id, out var run))
        {
            runs[id] = run = BroadcastStore.Runs(session.Database).FindById(id);
        }

        return run;
    }

    private static object Counts(BroadcastRun run) => new { run.Status, run.Total, run.Sent, run.Failed, run.Blocked, run.Dropped };
}
