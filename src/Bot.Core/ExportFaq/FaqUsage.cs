using System.Globalization;
using Bot.Core.Conversations;
using Bot.Core.Localization;
using Bot.Core.Storage;
using LiteDB;

namespace Bot.Core.ExportFaq;

/// <summary>
/// Counts answered, unknown and out-of-scope questions per day and topic, for /statistik. One small document a day,
/// updated in the batch transaction of the question itself; the questions' text is never kept for this.
/// </summary>
public static class FaqUsage
{
    public static ILiteCollection<FaqUsageDay> Days(BotDatabase database) => database.Raw.GetCollection<FaqUsageDay>("faq_usage");

    public static void Answered(UpdateContext context, string topicId) => Count(context, day =>
    {
        day.Answered++;
        day.Topics[topicId] = day.Topics.GetValueOrDefault(topicId) + 1;
    });

    public static void Unknown(UpdateContext context) => Count(context, day => day.Unknown++);

    public static void OutOfScope(UpdateContext context) => Count(context, day => day.OutOfScope++);

    private static void Count(UpdateContext context, Action<FaqUsageDay> change)
    {
        var days = Days(context.Session.Database);
        var id = Wib.ToWib(context.NowUtc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var day = days.FindById(id) ?? new FaqUsageDay { Id = id };
        change(day);
        days.Upsert(day);
    }
}
