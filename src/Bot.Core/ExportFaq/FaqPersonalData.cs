using System.Text.Json.Nodes;
using Bot.Core.Conversations;
using Bot.Core.Privacy;

namespace Bot.Core.ExportFaq;

/// <summary>
/// Questions the person forwarded and their 👍 / 👎. Open questions are deleted; answered ones and ratings stay
/// for the FAQ statistics, without text, user or chat.
/// </summary>
public sealed class FaqPersonalData : IPersonalDataSource
{
    public string Section => "faq";

    public JsonNode? Export(WriterSession session, DataSubject subject)
    {
        var questions = Questions(session, subject).Select(q => new { Number = q.Id, q.AskedUtc, Question = q.Text, q.Answer, q.AnsweredUtc });
        var ratings = Ratings(session, subject).Select(f => new { f.TopicId, f.Helpful, f.AtUtc });
        var node = new JsonObject { ["questions"] = PersonalData.ToArray(questions), ["ratings"] = PersonalData.ToArray(ratings) };
        return node["questions"] is null && node["ratings"] is null ? null : node;
    }

    public void Erase(WriterSession session, DataSubject subject)
    {
        var queue = FaqStore.Unanswered(session.Database);
        foreach (var question in Questions(session, subject))
        {
            if (question.AnsweredUtc is null)
            {
                queue.Delete(question.Id);
                continue;
            }

            question.Text = string.Empty;
            question.Answer = null;
            question.UserId = string.Empty;
            question.ChatId = string.Empty;
            queue.Update(question);
        }

        var feedback = FaqStore.Feedback(session.Database);
        foreach (var rating in Ratings(session, subject))
        {
            feedback.Delete(rating.Id);
            feedback.Insert(new FaqFeedback { Id = $"anonymous:{Guid.NewGuid():N}:{rating.TopicId}", TopicId = rating.TopicId, Platform = rating.Platform, Helpful = rating.Helpful, AtUtc = rating.AtUtc });
        }
    }

    private static List<UnansweredQuestion> Questions(WriterSession session, DataSubject subject) =>
        [.. FaqStore.Unanswered(session.Database).Find(q => q.UserId == subject.UserId).Where(q => q.Platform == subject.Platform)];

    private static List<FaqFeedback> Ratings(WriterSession session, DataSubject subject)
    {
        var prefix = subject.Key + ":";
        return [.. FaqStore.Feedback(session.Database).Find(f => f.Id.StartsWith(prefix))];
    }
}
