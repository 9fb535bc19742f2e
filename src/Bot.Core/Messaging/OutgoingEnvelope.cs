namespace Bot.Core.Messaging;

/// <param name="Id">The outbox row id: stable across retries, so a sender can resume a message it split.</param>
public sealed record OutgoingEnvelope(long Id, ChatRef Chat, OutboundMessage Message);
