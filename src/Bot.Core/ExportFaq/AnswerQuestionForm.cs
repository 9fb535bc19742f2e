using System.Globalization;
using Bot.Core.Audit;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Forms;
using Bot.Core.Messaging;
using Bot.Core.Profiles;

namespace Bot.Core.ExportFaq;

/// <summary>
/// An admin's answer to a forwarded question. Saved answers go to the asker's chat, in the asker's
/// language for the framing text, and can then be added to the FAQ.
/// </summary>
public sealed class AnswerQuestionForm : FormDefinition
{
    public const string FormName = "jawab";

    /// <summary>Set by the command when it opens the form; not a question the admin answers.</summary>
    public const string QuestionKey = "question_id";

    public override string Name => FormName;

    public override string TitleKey => "faq.answer.title";

    public override IReadOnlyList<FormField> Fields { get; } =
    [
        new()
        {
            Key = "answer", PromptKey = "faq.answer.prompt", LabelKey = "faq.answer.label", ExampleKey = "faq.answer.example",
            PromptArgs = context => [QuestionOf(context)?.Text ?? string.Empty],
            Parse = input => input.Text is { Length: >= 5 and <= 3000 } text
                ? FieldResult.Ok(text.Trim())
                : FieldResult.Invalid("form.length", 5, 3000, input.Text?.Length ?? 0),
        },
    ];

    public override void Complete(UpdateContext context, IReadOnlyDictionary<string, string> values)
    {
        var queue = FaqStore.Unanswered(context.Session.Database);
        var question = FaqStore.FindQuestion(context.Session.Database, values.GetValueOrDefault(QuestionKey));
        if (question is null || question.AnsweredUtc is not null)
        {
            context.ReplyKey("faq.answer.already_answered");
            return;
        }

        var before = AuditSnapshot.Of(question);
        question.Answer = values["answer"];
        question.AnsweredUtc = context.NowUtc;
        question.AnsweredBy = $"{context.Update.Platform}:{context.Update.SenderId}";
        queue.Update(question);
        AuditLog.Record(context, "faq.answer", "#" + question.Id.ToString(CultureInfo.InvariantCulture), before, question, SellerProfile.KeyOf(question.Platform, question.UserId));

        var asker = context.Session.Texts.For(question.Language);
        context.Session.Send(new ChatRef(question.Platform, question.ChatId), OutboundMessage.Plain(asker.Format("faq.answer.to_asker", question.Text, question.Answer)));

        var t = context.T;
        var rows = new List<IReadOnlyList<Button>>();
        if (question.NearestTopicId is { } topic)
        {
            rows.Add([new Button(t.Format("faq.answer.add_variant", topic), $"/faq_tambah {question.Id} {topic}")]);
        }

        rows.Add([new Button(t["faq.answer.new_entry"], $"/{FaqEntryCommands.New} {question.Id}")]);
        rows.Add([new Button(t["faq.answer.next"], "/pertanyaan")]);
        context.Reply(new OutboundMessage { Text = t["faq.answer.sent"], Buttons = rows });
    }

    private static UnansweredQuestion? QuestionOf(UpdateContext context) =>
        FaqStore.FindQuestion(context.Session.Database, context.Conversation.Fields.GetValueOrDefault(QuestionKey));
}
