namespace Bot.Core.Messaging;

/// <param name="Id">The outbox row id: stable across retries, so a sender can resume a message it split.</param>
/// <param name="Bulk">One of many (a broadcast): the sender lets waiting replies go first.</param>
public sealed record OutgoingEnvelope(long Id, ChatRef Chat, OutboundMessage Message, bool Bulk = false);
