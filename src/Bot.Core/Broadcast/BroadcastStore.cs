using Bot.Core.Storage;
using LiteDB;

namespace Bot.Core.Broadcast;

public static class BroadcastStore
{
    public const string RunsName = "broadcasts";
    public const string DeliveriesName = "broadcast_deliveries";

    public static ILiteCollection<BroadcastRun> Runs(BotDatabase database) =>
        database.Raw.GetCollection<BroadcastRun>(RunsName, BsonAutoId.Int64);

    public static ILiteCollection<BroadcastDelivery> Deliveries(BotDatabase database) =>
        database.Raw.GetCollection<BroadcastDelivery>(DeliveriesName);

    /// <summary>Broadcasts still sending or finishing a stop.</summary>
    public static List<BroadcastRun> Active(BotDatabase database) =>
        Runs(database).Find(r => r.Status == BroadcastStatus.Running || r.Status == BroadcastStatus.Cancelling).ToList();

    /// <summary>Recipients <paramref name="from"/> up to (not including) <paramref name="to"/>, by sequence.</summary>
    public static List<BroadcastDelivery> Range(BotDatabase database, long broadcastId, int from, int to) =>
        to <= from
            ? []
            : Deliveries(database).Find(Query.Between("_id", BroadcastDelivery.KeyOf(broadcastId, from), BroadcastDelivery.KeyOf(broadcastId, to - 1))).ToList();
}
