using Bot.Core.Admin;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;

namespace Bot.Core.ExportFaq;

/// <summary>/tanya: asks for a question; "/tanya &lt;question&gt;" answers it; "/tanya &lt;topic id&gt;" (related buttons) shows that topic.</summary>
public sealed class AskCommand(FaqKnowledgeBase knowledge, FaqAnswerHandler answers) : IBotCommand
{
    public IReadOnlyList<string> Names { get; } = ["tanya", "ask"];

    public string DescriptionKey => "command.faq.description";

    public Role Requires => Role.Seller;

    public CommandKind Kind => CommandKind.Anywhere;

    public void Execute(UpdateContext context, string arguments)
    {
        var text = arguments.Trim();
        if (text.Length == 0)
        {
            context.ReplyKey("faq.ask_prompt");
        }
        else if (knowledge.Index.Find(text) is { Removed: false } entry)
        {
            context.Reply(FaqReplies.Answer(context, knowledge, entry, context.Conversation.Language));
        }
        else
        {
            answers.Answer(context, text);
        }
    }
}
