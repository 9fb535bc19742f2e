using System.Text.Json.Nodes;
using Bot.Core.Conversations.Forms;
using Bot.Core.Privacy;

namespace Bot.Core.Conversations;

/// <summary>Chat state: the display name, an open form's answers, the last question asked. Language and times stay.</summary>
public sealed class ConversationPersonalData : IPersonalDataSource
{
    public string Section => "conversations";

    public JsonNode? Export(WriterSession session, DataSubject subject) =>
        PersonalData.ToArray(subject.ChatIds.Select(chat => session.Conversation(new(subject.Platform, chat))).Select(c => new
        {
            c.ChatId,
            c.UserName,
            c.Language,
            c.CreatedUtc,
            c.LastActivityUtc,
            OpenForm = c.Form,
            FormAnswers = c.Fields,
            c.LastQuestion,
        }));

    public void Erase(WriterSession session, DataSubject subject)
    {
        foreach (var chat in subject.ChatIds)
        {
            // Through the session, so the batch's own copy (written at commit) is the one cleared.
            var conversation = session.Conversation(new(subject.Platform, chat));
            FormEngine.Clear(conversation);
            conversation.UserName = null;
            conversation.LastQuestion = null;
            conversation.LastQuestionNearestTopic = null;
        }
    }
}
