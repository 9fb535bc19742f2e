namespace Bot.Core.Outbox;

/// <summary>How the writer hands freshly committed rows to the dispatcher without a database round trip.</summary>
public interface IOutboxFeed
{
    void Publish(IReadOnlyList<OutboxRow> rows);
}
