using Bot.Core.Storage;
using LiteDB;

namespace Bot.Core.ExportFaq;

public static class FaqStore
{
    public static ILiteCollection<FaqEntry> Entries(BotDatabase database) => database.Raw.GetCollection<FaqEntry>("faq_entries");

    public static ILiteCollection<UnansweredQuestion> Unanswered(BotDatabase database) =>
        database.Raw.GetCollection<UnansweredQuestion>("faq_unanswered", BsonAutoId.Int64);

    public static ILiteCollection<FaqFeedback> Feedback(BotDatabase database) => database.Raw.GetCollection<FaqFeedback>("faq_feedback");
}
