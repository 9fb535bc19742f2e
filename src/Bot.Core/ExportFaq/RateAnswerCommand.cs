using Bot.Core.Admin;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;

namespace Bot.Core.ExportFaq;

/// <summary>The 👍 / 👎 buttons under an answer: "/nilai &lt;topic id&gt; 1|0". A second press replaces the first.</summary>
public sealed class RateAnswerCommand(FaqKnowledgeBase knowledge) : IBotCommand
{
    public IReadOnlyList<string> Names { get; } = ["nilai"];

    public string DescriptionKey => "command.faq.description";

    public Role Requires => Role.Seller;

    public CommandKind Kind => CommandKind.Anywhere;

    public bool Listed => false;

    public void Execute(UpdateContext context, string arguments)
    {
        var parts = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || parts[1] is not ("1" or "0") || knowledge.Index.Find(parts[0]) is null)
        {
            context.ReplyKey("faq.rating_invalid");
            return;
        }

        var update = context.Update;
        FaqStore.Feedback(context.Session.Database).Upsert(new FaqFeedback
        {
            Id = $"{update.Platform}:{update.SenderId}:{parts[0]}",
            TopicId = parts[0],
            Platform = update.Platform,
            Helpful = parts[1] == "1",
            AtUtc = context.NowUtc,
        });
        context.ReplyKey(parts[1] == "1" ? "faq.thanks_helpful" : "faq.thanks_not_helpful");
    }
}
