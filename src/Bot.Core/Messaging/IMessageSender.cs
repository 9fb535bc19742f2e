namespace Bot.Core.Messaging;

/// <summary>The port each platform adapter implements; the outbox dispatcher calls it, one message per chat at a time.</summary>
public interface IMessageSender
{
    Platform Platform { get; }

    Task<SendOutcome> SendAsync(OutgoingEnvelope envelope, CancellationToken cancellationToken);
}
