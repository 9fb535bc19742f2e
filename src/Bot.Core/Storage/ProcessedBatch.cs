namespace Bot.Core.Storage;

/// <summary>
/// The update keys ("platform:update id") one batch applied, in one document: one insert per batch rather than
/// one per update keeps deduplication off the per-message cost. Swept whole once older than the retention.
/// </summary>
public sealed class ProcessedBatch
{
    public long Id { get; set; }

    public DateTime AtUtc { get; set; }

    public List<string> Keys { get; set; } = [];
}
