using Bot.Core.Conversations;

namespace Bot.Core.Outbox;

/// <summary>Deletes settled outbox rows picked by <see cref="OutboxRetentionWorker"/>; a settled row never changes again.</summary>
internal sealed class OutboxPruneJob(IReadOnlyList<long> ids) : IPipelineJob
{
    public string Name => "outbox-prune";

    public void Run(WriterSession session)
    {
        var outbox = session.Database.Outbox;
        foreach (var id in ids)
        {
            // Already gone when an erasure took the chat's rows meanwhile.
            outbox.Delete(id);
        }
    }
}
