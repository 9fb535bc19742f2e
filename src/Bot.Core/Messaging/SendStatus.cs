namespace Bot.Core.Messaging;

public enum SendStatus
{
    Sent,

    /// <summary>The platform asked us to wait (rate limit); not a failure.</summary>
    RetryLater,

    /// <summary>Network or server trouble; retried with backoff.</summary>
    Transient,

    /// <summary>The platform refused the message for good (bad request).</summary>
    Failed,

    /// <summary>The user blocked the bot or left the chat.</summary>
    Blocked,
}
