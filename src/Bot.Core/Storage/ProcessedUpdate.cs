namespace Bot.Core.Storage;

/// <summary>Marks an inbound update as applied; its id is "platform:update id".</summary>
public sealed class ProcessedUpdate
{
    public string Id { get; set; } = string.Empty;

    public DateTime AtUtc { get; set; }
}
