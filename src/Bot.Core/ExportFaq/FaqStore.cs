using System.Globalization;
using Bot.Core.Storage;
using LiteDB;

namespace Bot.Core.ExportFaq;

public static class FaqStore
{
    public static ILiteCollection<FaqEntry> Entries(BotDatabase database) => database.Raw.GetCollection<FaqEntry>("faq_entries");

    public static ILiteCollection<UnansweredQuestion> Unanswered(BotDatabase database) =>
        database.Raw.GetCollection<UnansweredQuestion>("faq_unanswered", BsonAutoId.Int64);

    /// <summary>A forwarded question by the number admins see ("12" or "#12"); null when there is none.</summary>
    public static UnansweredQuestion? FindQuestion(BotDatabase database, string? number) =>
        long.TryParse(number?.Trim().TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? Unanswered(database).FindById(id)
            : null;

    public static ILiteCollection<FaqFeedback> Feedback(BotDatabase database) => database.Raw.GetCollection<FaqFeedback>("faq_feedback");
}
