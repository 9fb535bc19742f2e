using System.Text.Json.Nodes;
using Bot.Core.Conversations;
using Bot.Core.Messaging;
using Bot.Core.Privacy;

namespace Bot.Core.Broadcast;

/// <summary>
/// Which broadcasts reached the person's chats, and the mark that they blocked the bot. Erasure deletes both; the
/// broadcast's counters stay as anonymous statistics.
/// </summary>
public sealed class BroadcastPersonalData(BlockedChats blocked) : IPersonalDataSource
{
    public string Section => "broadcasts";

    public JsonNode? Export(WriterSession session, DataSubject subject) =>
        PersonalData.ToArray(Of(session, subject).Select(d => new { d.BroadcastId, d.State, d.DoneUtc }));

    public void Erase(WriterSession session, DataSubject subject)
    {
        var deliveries = BroadcastStore.Deliveries(session.Database);
        var runs = BroadcastStore.Runs(session.Database);
        foreach (var delivery in Of(session, subject))
        {
            // Its outbox row goes with the person's messages, so no acknowledgement will ever settle it.
            if (delivery.State == DeliveryState.Queued && runs.FindById(delivery.BroadcastId) is { } run)
            {
                run.Queued--;
                run.Dropped++;
                runs.Update(run);
            }

            deliveries.Delete(delivery.Id);
        }

        blocked.Forget(session, subject.ChatIds.Select(chat => new ChatRef(subject.Platform, chat)));
    }

    private static List<BroadcastDelivery> Of(WriterSession session, DataSubject subject) =>
        [.. subject.ChatIds.SelectMany(chat => BroadcastStore.Deliveries(session.Database).Find(d => d.ChatId == chat)).Where(d => d.Platform == subject.Platform)];
}
