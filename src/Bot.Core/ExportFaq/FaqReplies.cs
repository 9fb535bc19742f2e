using Bot.Core.Conversations;
using Bot.Core.Messaging;

namespace Bot.Core.ExportFaq;

/// <summary>How an answer is shown: the text, up to three related questions, and 👍 / 👎.</summary>
internal static class FaqReplies
{
    public static OutboundMessage Answer(UpdateContext context, FaqKnowledgeBase knowledge, FaqEntry entry, string language)
    {
        var t = context.T;
        FaqUsage.Answered(context, entry.Id);
        var rows = new List<IReadOnlyList<Button>>();
        foreach (var related in entry.Related.Take(3).Select(knowledge.Index.Find).OfType<FaqEntry>())
        {
            rows.Add([new Button("📌 " + Title(related, language), $"/tanya {related.Id}")]);
        }

        rows.Add([new Button(t["faq.helpful"], $"/nilai {entry.Id} 1"), new Button(t["faq.not_helpful"], $"/nilai {entry.Id} 0")]);
        return new OutboundMessage { Text = entry.Answer.For(language) + "\n\n" + t["faq.was_it_helpful"], Buttons = rows };
    }

    /// <summary>The entry's first question in the language, short enough for a button.</summary>
    public static string Title(FaqEntry entry, string language)
    {
        var questions = language == Localization.Languages.English && entry.Questions.English.Count > 0 ? entry.Questions.English : entry.Questions.Indonesian;
        var title = questions.FirstOrDefault() ?? entry.Id;
        return title.Length <= 48 ? title : title[..45].TrimEnd() + "…";
    }
}
