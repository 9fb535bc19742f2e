using Bot.Core.Conversations;

namespace Bot.Core.Outbox;

/// <summary>
/// Learns how sends ended, inside the transaction that records them: a feature's own record of a delivery (a
/// broadcast's recipient) is then never out of step with the outbox. Runs on the writer thread: no I/O.
/// </summary>
public interface IOutboxAckObserver
{
    void Acknowledged(WriterSession session, IReadOnlyList<OutboxAck> acks);
}
