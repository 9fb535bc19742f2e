namespace Bot.Core.Messaging;

public sealed record SendOutcome(SendStatus Status, string? PlatformMessageId = null, TimeSpan? RetryAfter = null, string? Error = null)
{
    public static SendOutcome Sent(string? messageId) => new(SendStatus.Sent, messageId);

    public static SendOutcome Wait(TimeSpan retryAfter) => new(SendStatus.RetryLater, RetryAfter: retryAfter);

    public static SendOutcome Transient(string error) => new(SendStatus.Transient, Error: error);

    public static SendOutcome Failed(string error) => new(SendStatus.Failed, Error: error);

    public static SendOutcome Blocked(string error) => new(SendStatus.Blocked, Error: error);
}
