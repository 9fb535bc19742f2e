namespace Bot.Core.Broadcast;

public enum BroadcastStatus
{
    /// <summary>Previewed, waiting for the admin's "send".</summary>
    Draft,
    Running,

    /// <summary>Stopped by /broadcast_batal; messages already with the sender are still being acknowledged.</summary>
    Cancelling,
    Completed,
    Cancelled,

    /// <summary>A draft the admin threw away.</summary>
    Discarded,
}
