using Bot.Core.Conversations;
using Bot.Core.Messaging;

namespace Bot.Core.Outbox;

/// <summary>Records send results through the writer, so many acknowledgements share one commit.</summary>
internal sealed class OutboxAckJob(IReadOnlyList<OutboxAck> acks, IReadOnlyList<IOutboxAckObserver> observers, Action<IReadOnlyList<OutboxAck>> committed) : IPipelineJob
{
    public string Name => "outbox-ack";

    public void Run(WriterSession session)
    {
        foreach (var ack in acks)
        {
            var row = ack.Row;
            row.Status = ack.Outcome.Status switch
            {
                SendStatus.Sent => OutboxStatus.Sent,
                SendStatus.Blocked => OutboxStatus.Blocked,
                _ => OutboxStatus.Failed,
            };
            row.Attempts = ack.Attempts;
            row.DoneUtc = session.NowUtc;
            row.PlatformMessageId = ack.Outcome.PlatformMessageId;
            row.LastError = ack.Outcome.Error;
            session.Database.Outbox.Update(row);
        }

        foreach (var observer in observers)
        {
            observer.Acknowledged(session, acks);
        }

        session.AfterCommit(() => committed(acks));
    }
}
