using Bot.Core.Admin;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;
using Bot.Core.Localization;
using Bot.Core.Workspace;
using Microsoft.Extensions.Options;

namespace Bot.Core.ExportFaq;

/// <summary>
/// /teruskan: puts the last unanswered question in the team's queue (and on the workspace's questions chat as a card);
/// pressing twice queues it once.
/// </summary>
public sealed class ForwardQuestionCommand(IOptions<WorkspaceOptions> workspace) : IBotCommand
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
        var forwarded = new UnansweredQuestion
        {
            Platform = update.Platform,
            ChatId = update.ChatId,
            UserId = update.SenderId,
            Text = question,
            Language = conversation.Language,
            NearestTopicId = conversation.LastQuestionNearestTopic,
            AskedUtc = context.NowUtc,
        };
        FaqStore.Unanswered(context.Session.Database).Insert(forwarded);
        if (workspace.Value.QuestionsChat is { } staff)
        {
            context.Session.Send(staff, QuestionCard.Open(forwarded, context.Session.Texts.For(Languages.Default)));
        }

        conversation.LastQuestion = null;
        conversation.LastQuestionNearestTopic = null;
        context.ReplyKey("faq.forwarded");
    }
}
