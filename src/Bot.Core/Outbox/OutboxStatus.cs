namespace Bot.Core.Outbox;

public enum OutboxStatus
{
    Pending,
    Sent,
    Failed,
    Blocked,
}
