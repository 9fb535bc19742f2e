using Bot.Core.Admin;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;

namespace Bot.Core.ExportFaq;

/// <summary>/teruskan: puts the last unanswered question in the team's queue; pressing twice queues it once.</summary>
public sealed class ForwardQuestionCommand : IBotCommand
{
    public IReadOnlyList<string> Names { get; } = ["teruskan"];

    public string DescriptionKey => "command.forward.description";

    public Role Requires => Role.Seller;

    public CommandKind Kind => CommandKind.Anywhere;

    public bool Listed => false;

    public void Execute(UpdateContext context, string arguments)
    {
        var conversation = context.Conversation;
        if (conversation.LastQuestion is not { } question)
        {
            context.ReplyKey("faq.nothing_to_forward");
            return;
        }

        var update = context.Update;
        FaqStore.Unanswered(context.Session.Database).Insert(new UnansweredQuestion
        {
            Platform = update.Platform,
            ChatId = update.ChatId,
            UserId = update.SenderId,
            Text = question,
            Language = conversation.Language,
            NearestTopicId = conversation.LastQuestionNearestTopic,
            AskedUtc = context.NowUtc,
        });
        conversation.LastQuestion = null;
        conversation.LastQuestionNearestTopic = null;
        context.ReplyKey("faq.forwarded");
    }
}
