using System.Text.Json.Nodes;
using Bot.Core.Conversations;

namespace Bot.Core.Privacy;

/// <summary>
/// Messages the bot sent to the person's chats repeat their answers (names, phones in form summaries), so the
/// stored copies go. Not exported: the person already has them in their chat.
/// </summary>
public sealed class OutboxPersonalData : IPersonalDataSource
{
    public string Section => "messages";

    public JsonNode? Export(WriterSession session, DataSubject subject) => null;

    public void Erase(WriterSession session, DataSubject subject)
    {
        var outbox = session.Database.Outbox;
        foreach (var chat in subject.ChatIds)
        {
            var ids = outbox.Find(r => r.ChatId == chat).Where(r => r.Platform == subject.Platform).Select(r => r.Id).ToList();
            foreach (var id in ids)
            {
                outbox.Delete(id);
            }
        }
    }
}
