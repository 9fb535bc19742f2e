using Bot.Core.Messaging;

namespace Bot.Core.Outbox;

public sealed record OutboxAck(long RowId, SendOutcome Outcome, int Attempts);
