namespace Bot.Core.Broadcast;

public enum DeliveryState
{
    /// <summary>Not yet handed to the outbox.</summary>
    Waiting,

    /// <summary>An outbox row exists (written in the same transaction as this state).</summary>
    Queued,
    Sent,
    Failed,

    /// <summary>The recipient has blocked the bot.</summary>
    Blocked,

    /// <summary>The broadcast was stopped before this message went out.</summary>
    Dropped,
}
