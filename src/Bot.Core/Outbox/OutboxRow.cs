using Bot.Core.Messaging;

namespace Bot.Core.Outbox;

/// <summary>A message waiting to be sent, written in the same transaction as the state that caused it.</summary>
public sealed class OutboxRow
{
    public long Id { get; set; }

    public Platform Platform { get; set; }

    public string ChatId { get; set; } = string.Empty;

    /// <summary>The <see cref="OutboundMessage"/> as JSON: the row outlives any change to the record's shape.</summary>
    public string Payload { get; set; } = string.Empty;

    public OutboxStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? DoneUtc { get; set; }

    public string? PlatformMessageId { get; set; }

    public string? LastError { get; set; }

    /// <summary>Who wrote the row, for the feature that follows its fate (e.g. "broadcast:12:0000042"); null for replies.</summary>
    public string? Tag { get; set; }

    /// <summary>One of many (a broadcast): sent from its own pool of chats, and after any waiting reply.</summary>
    public bool Bulk { get; set; }

    public ChatRef Chat => new(Platform, ChatId);
}
