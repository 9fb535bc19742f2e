using System.Globalization;
using Bot.Core.Conversations;
using Bot.Core.Messaging;
using Bot.Core.Outbox;

namespace Bot.Core.Curation.Workspace;

/// <summary>Records where each curation card landed, in the transaction that records its send.</summary>
public sealed class CurationCardAcks(CurationCards cards) : IOutboxAckObserver
{
    public void Acknowledged(WriterSession session, IReadOnlyList<OutboxAck> acks)
    {
        foreach (var ack in acks)
        {
            if (ack.Outcome is { Status: SendStatus.Sent, PlatformMessageId: { } messageId }
                && ack.Row.Tag is { } tag && tag.StartsWith(CurationCards.TagPrefix, StringComparison.Ordinal)
                && tag[CurationCards.TagPrefix.Length..].Split(':') is [var id, var version]
                && int.TryParse(id, CultureInfo.InvariantCulture, out var submissionId)
                && int.TryParse(version, CultureInfo.InvariantCulture, out var cardVersion))
            {
                cards.Posted(session, submissionId, cardVersion, messageId);
            }
        }
    }
}
