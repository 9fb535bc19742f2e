using System.ComponentModel.DataAnnotations;

namespace Bot.Core.Outbox;

public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>How many chats are sent to at once; each chat still gets its messages in order.</summary>
    [Range(1, 256, ErrorMessage = "Outbox:MaxConcurrentChats must be between 1 and 256.")]
    public int MaxConcurrentChats { get; set; } = 16;

    /// <summary>Attempts on network or server errors before a message is given up as failed.</summary>
    [Range(1, 1000, ErrorMessage = "Outbox:MaxAttempts must be between 1 and 1000.")]
    public int MaxAttempts { get; set; } = 20;

    [Range(1, 3600, ErrorMessage = "Outbox:MaxBackoffSeconds must be between 1 and 3600.")]
    public int MaxBackoffSeconds { get; set; } = 300;

    /// <summary>Days a sent (or given-up) message is kept before it is deleted; unsent ones are always kept.</summary>
    [Range(1, 3650, ErrorMessage = "Outbox:KeepSentDays must be between 1 and 3650.")]
    public int KeepSentDays { get; set; } = 14;
}
