using Bot.Core.Messaging;

namespace Bot.Core.Outbox;

/// <summary>A send result; it carries the row so the writer need not read it back.</summary>
public sealed record OutboxAck(OutboxRow Row, SendOutcome Outcome, int Attempts);
