using Bot.Core.Conversations;
using Bot.Core.Conversations.Forms;
using Bot.Core.Messaging;

namespace Bot.Core.ExportFaq;

/// <summary>
/// An admin's answer to a forwarded question. Saved answers go to the asker's chat, in the asker's
/// language for the framing text, and can then be added to the FAQ.
/// </summary>
public sealed class AnswerQuestionForm(QuestionAnswering answering) : FormDefinition
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
            Parse = input => QuestionAnswering.Validate(input.Text),
        },
    ];

    public override void Complete(UpdateContext context, IReadOnlyDictionary<string, string> values)
    {
        var question = FaqStore.FindQuestion(context.Session.Database, values.GetValueOrDefault(QuestionKey));
        if (question is null || !answering.Answer(context, question, values["answer"], cardMessageId: null))
        {
            context.ReplyKey("faq.answer.already_answered");
            return;
        }

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
