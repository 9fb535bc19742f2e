using Bot.Core.Conversations;
using Bot.Core.Outbox;

namespace Bot.Core.Broadcast;

/// <summary>Passes acknowledgements of broadcast rows to the service, inside the acknowledging transaction.</summary>
public sealed class BroadcastAckObserver(BroadcastService broadcasts) : IOutboxAckObserver
{
    public void Acknowledged(WriterSession session, IReadOnlyList<OutboxAck> acks)
    {
        if (acks.Any(a => a.Row.Tag is not null))
        {
            broadcasts.Acknowledged(session, acks);
        }
    }
}
