using System.Globalization;
using Bot.Core.Messaging;

namespace Bot.Benchmarks;

/// <summary>A sender for one platform that answers "sent" at once, so the outbox drains at full speed.</summary>
internal sealed class DiscardingSender(Platform platform) : IMessageSender
{
    private long _sent;

    public Platform Platform => platform;

    public long SentCount => Interlocked.Read(ref _sent);

    public Task<SendOutcome> SendAsync(OutgoingEnvelope envelope, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _sent);
        return Task.FromResult(SendOutcome.Sent(envelope.Id.ToString(CultureInfo.InvariantCulture)));
    }
}
