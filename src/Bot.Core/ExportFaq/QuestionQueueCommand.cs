using System.Globalization;
using System.Text;
using Bot.Core.Admin;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;
using Bot.Core.Messaging;

namespace Bot.Core.ExportFaq;

/// <summary>/pertanyaan (admins): the oldest open forwarded questions, each with an "answer" button.</summary>
public sealed class QuestionQueueCommand : IBotCommand
{
    private const int PageSize = 10;

    public IReadOnlyList<string> Names { get; } = ["pertanyaan"];

    public string DescriptionKey => "command.questions.description";

    public Role Requires => Role.Admin;

    public CommandKind Kind => CommandKind.Anywhere;

    public void Execute(UpdateContext context, string arguments)
    {
        var t = context.T;
        var queue = FaqStore.Unanswered(context.Session.Database);
        var open = queue.Find(q => q.AnsweredUtc == null).OrderBy(q => q.Id).ToList();
        if (open.Count == 0)
        {
            context.ReplyKey("faq.queue.empty");
            return;
        }

        var text = new StringBuilder(t.Format("faq.queue.title", open.Count)).AppendLine().AppendLine();
        var rows = new List<IReadOnlyList<Button>>();
        foreach (var question in open.Take(PageSize))
        {
            var id = question.Id.ToString(CultureInfo.InvariantCulture);
            text.Append('#').Append(id).Append(" · ").Append(Localization.Wib.Format(question.AskedUtc, t.Language))
                .Append(" · ").AppendLine(question.Platform.ToString())
                .AppendLine("“" + question.Text + "”").AppendLine();
            rows.Add([new Button(t.Format("faq.queue.answer_button", id), $"/jawab {id}")]);
        }

        context.Reply(new OutboundMessage { Text = text.ToString().TrimEnd(), Buttons = rows });
    }
}
