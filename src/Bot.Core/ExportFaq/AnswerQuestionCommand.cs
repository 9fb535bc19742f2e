using System.Globalization;
using Bot.Core.Admin;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;
using Bot.Core.Conversations.Forms;
using Bot.Core.Messaging;

namespace Bot.Core.ExportFaq;

/// <summary>
/// /jawab &lt;number&gt; (admins): opens the answer form for a forwarded question. "/jawab &lt;number&gt; &lt;answer&gt;" answers at
/// once (what Discord's answer modal sends).
/// </summary>
public sealed class AnswerQuestionCommand(FormEngine forms, QuestionAnswering answering) : IBotCommand
{
    public IReadOnlyList<string> Names { get; } = ["jawab"];

    public string DescriptionKey => "command.answer.description";

    public Role Requires => Role.Admin;

    public CommandKind Kind => CommandKind.StartsForm;

    public void Execute(UpdateContext context, string arguments)
    {
        var parts = arguments.Trim().Split([' ', '\n'], 2, StringSplitOptions.RemoveEmptyEntries);
        var question = FaqStore.FindQuestion(context.Session.Database, parts.FirstOrDefault());
        if (question is null)
        {
            context.ReplyKey("faq.answer.unknown_question");
            return;
        }

        if (parts.Length == 2)
        {
            AnswerNow(context, question, parts[1]);
            return;
        }

        if (question.AnsweredUtc is not null)
        {
            context.ReplyKey("faq.answer.already_answered");
            return;
        }

        forms.Start(context, AnswerQuestionForm.FormName, new Dictionary<string, string> { [AnswerQuestionForm.QuestionKey] = question.Id.ToString(CultureInfo.InvariantCulture) });
    }

    /// <returns>True when the answer was sent to the asker.</returns>
    internal bool AnswerNow(UpdateContext context, UnansweredQuestion question, string text)
    {
        var valid = QuestionAnswering.Validate(text);
        if (valid.Outcome != FieldOutcome.Accepted)
        {
            context.ReplyKey(valid.MessageKey!, valid.Args ?? []);
            return false;
        }

        if (!answering.Answer(context, question, valid.Value!, answering.CardOf(context)))
        {
            context.ReplyKey("faq.answer.already_answered");
            return false;
        }

        var t = context.T;
        var rows = new List<IReadOnlyList<Button>>();
        if (question.NearestTopicId is { } topic)
        {
            rows.Add([new Button(t.Format("faq.answer.add_variant", topic), $"/faq_tambah {question.Id} {topic}")]);
        }

        rows.Add([new Button(t["faq.answer.next"], "/pertanyaan")]);
        context.Reply(new OutboundMessage { Text = t["faq.answer.sent"], Buttons = rows });
        return true;
    }
}
