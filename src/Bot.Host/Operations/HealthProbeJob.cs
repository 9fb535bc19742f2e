using Bot.Core.Conversations;
using LiteDB;

namespace Bot.Host.Operations;

/// <summary>A tiny write through the pipeline: when it commits, the writer is alive and the database takes writes.</summary>
internal sealed class HealthProbeJob : IPipelineJob
{
    public string Name => "health-probe";

    public void Run(WriterSession session) =>
        session.Database.Raw.GetCollection("meta").Upsert(new BsonDocument { ["_id"] = "health", ["probedUtc"] = session.NowUtc });
}
