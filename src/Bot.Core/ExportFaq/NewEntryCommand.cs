using Bot.Core.Admin;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;
using Bot.Core.Conversations.Forms;
using Bot.Core.Localization;

namespace Bot.Core.ExportFaq;

/// <summary>/faq_baru [question number] (admins): a new entry; from a forwarded question, its text and answer are filled in.</summary>
public sealed class NewEntryCommand(FormEngine forms) : IBotCommand
{
    public IReadOnlyList<string> Names { get; } = [FaqEntryCommands.New];

    public string DescriptionKey => "command.faq_new.description";

    public Role Requires => Role.Admin;

    public CommandKind Kind => CommandKind.StartsForm;

    public void Execute(UpdateContext context, string arguments)
    {
        var prefill = new Dictionary<string, string>();
        if (FaqStore.FindQuestion(context.Session.Database, arguments) is { } question)
        {
            prefill["question"] = question.Text.Length <= 300 ? question.Text : question.Text[..300];
            if (question.Answer is { Length: >= 10 and <= 1000 } answer)
            {
                prefill[question.Language == Languages.English ? "answer_en" : "answer_id"] = answer;
            }
        }

        forms.Start(context, FaqEntryForm.FormName, prefill, askOnlyMissing: true);
    }
}
