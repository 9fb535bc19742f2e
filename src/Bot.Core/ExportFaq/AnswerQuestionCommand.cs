using System.Globalization;
using Bot.Core.Admin;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;
using Bot.Core.Conversations.Forms;

namespace Bot.Core.ExportFaq;

/// <summary>/jawab &lt;number&gt; (admins): opens the answer form for a forwarded question.</summary>
public sealed class AnswerQuestionCommand(FormEngine forms) : IBotCommand
{
    public IReadOnlyList<string> Names { get; } = ["jawab"];

    public string DescriptionKey => "command.answer.description";

    public Role Requires => Role.Admin;

    public CommandKind Kind => CommandKind.StartsForm;

    public void Execute(UpdateContext context, string arguments)
    {
        var question = FaqStore.FindQuestion(context.Session.Database, arguments);
        if (question is null)
        {
            context.ReplyKey("faq.answer.unknown_question");
            return;
        }

        if (question.AnsweredUtc is not null)
        {
            context.ReplyKey("faq.answer.already_answered");
            return;
        }

        forms.Start(context, AnswerQuestionForm.FormName, new Dictionary<string, string> { [AnswerQuestionForm.QuestionKey] = question.Id.ToString(CultureInfo.InvariantCulture) });
    }
}
