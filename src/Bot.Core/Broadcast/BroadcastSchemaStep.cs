using Bot.Core.Storage;
using LiteDB;

namespace Bot.Core.Broadcast;

/// <summary>Finding running broadcasts, and one person's deliveries (their data export and erasure).</summary>
public sealed class BroadcastSchemaStep : ISchemaStep
{
    public int Version => 8;

    public void Apply(ILiteDatabase database)
    {
        database.GetCollection<BroadcastRun>(BroadcastStore.RunsName, BsonAutoId.Int64).EnsureIndex(r => r.Status);
        database.GetCollection<BroadcastDelivery>(BroadcastStore.DeliveriesName).EnsureIndex(d => d.ChatId);
        database.GetCollection<BlockedChat>(BlockedChats.CollectionName).EnsureIndex(b => b.ChatId);
    }
}
