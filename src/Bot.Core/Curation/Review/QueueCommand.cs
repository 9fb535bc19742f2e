using Bot.Core.Admin;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;
using Bot.Core.Curation.Workspace;
using Bot.Core.Profiles;

namespace Bot.Core.Curation.Review;

/// <summary>
/// /antrian: the curator takes the next submission (or gets the one they hold again) with its photos and fields.
/// "/antrian ringkas" only shows how the queue stands (<see cref="QueueSummary"/>).
/// </summary>
public sealed class QueueCommand(CurationDecisions decisions) : IBotCommand
{
    public IReadOnlyList<string> Names { get; } = ["antrian", "kurasi_berikut", "queue"];

    public string DescriptionKey => "command.curation_queue.description";

    public Role Requires => Role.Curator;

    public CommandKind Kind => CommandKind.Anywhere;

    public void Execute(UpdateContext context, string arguments)
    {
        if (QueueSummary.IsRequested(arguments))
        {
            context.Reply(QueueSummary.Build(context.Session.Database, context.T, context.NowUtc));
            return;
        }

        var submission = decisions.ClaimNext(context.Session, context.Update.Chat, context.Update.SenderId, context.Update.SenderName);
        if (submission is null)
        {
            context.ReplyKey("curation.queue.empty");
            return;
        }

        var seller = ProfileStore.Find(context.Session.Database, submission.SellerKey);
        context.Reply(ReviewMessages.Album(context.T, submission));
        context.Reply(ReviewMessages.Details(context.T, submission, seller));
    }
}
