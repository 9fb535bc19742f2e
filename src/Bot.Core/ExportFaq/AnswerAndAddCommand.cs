using Bot.Core.Admin;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;

namespace Bot.Core.ExportFaq;

/// <summary>
/// /jawab_faq &lt;number&gt; &lt;topic id&gt; &lt;answer&gt; (admins): answers a forwarded question and adds it to an FAQ topic in one
/// step ("Answer &amp; add to FAQ" on the workspace card). The topic is checked first, so a typo changes nothing.
/// </summary>
public sealed class AnswerAndAddCommand(AnswerQuestionCommand answer, AddVariantCommand addVariant) : IBotCommand
{
    public IReadOnlyList<string> Names { get; } = ["jawab_faq"];

    public string DescriptionKey => "workspace.command.answer_add.description";

    public Role Requires => Role.Admin;

    public CommandKind Kind => CommandKind.Anywhere;

    public bool Listed => false;

    public void Execute(UpdateContext context, string arguments)
    {
        var parts = arguments.Trim().Split([' ', '\n'], 3, StringSplitOptions.RemoveEmptyEntries);
        var database = context.Session.Database;
        var question = parts.Length == 3 ? FaqStore.FindQuestion(database, parts[0]) : null;
        if (question is null)
        {
            context.ReplyKey(parts.Length == 3 ? "faq.answer.unknown_question" : "workspace.question.answer_add_usage");
            return;
        }

        var topic = parts[1].Trim().ToLowerInvariant();
        if (FaqStore.Entries(database).FindById(topic) is not { Removed: false })
        {
            context.ReplyKey("workspace.question.unknown_topic", topic);
            return;
        }

        if (answer.AnswerNow(context, question, parts[2]))
        {
            addVariant.Execute(context, $"{question.Id} {topic}");
        }
    }
}
