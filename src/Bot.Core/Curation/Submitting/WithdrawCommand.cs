using Bot.Core.Admin;
using Bot.Core.Audit;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;
using Bot.Core.Curation.Workspace;
using Bot.Core.Messaging;

namespace Bot.Core.Curation.Submitting;

/// <summary>
/// /tarikkurasi &lt;code&gt;: the seller takes back a product that has not been decided yet (asked to confirm first).
/// It leaves the queue, its workspace card is closed, and its photos are deleted after the same retention period as a
/// rejected product's.
/// </summary>
public sealed class WithdrawCommand(CurationCards cards) : IBotCommand
{
    public IReadOnlyList<string> Names { get; } = ["tarikkurasi", "withdraw"];

    public string DescriptionKey => "command.curation_withdraw.description";

    public Role Requires => Role.Seller;

    public CommandKind Kind => CommandKind.Anywhere;

    public void Execute(UpdateContext context, string arguments)
    {
        var parts = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var submission = MySubmission.Find(context, parts.FirstOrDefault() ?? string.Empty);
        if (submission is null)
        {
            return;
        }

        var t = context.T;
        if (submission.State is not (SubmissionState.Submitted or SubmissionState.InReview or SubmissionState.NeedsRevision))
        {
            context.Reply(MainMenu.Message(t, t.Format("curation.withdraw.not_open", submission.Code, CurationTexts.State(t, submission.State))));
            return;
        }

        if (parts is not [_, "ya"])
        {
            context.Reply(new OutboundMessage
            {
                Text = t.Format("curation.withdraw.confirm", submission.Code, submission.ProductName),
                Buttons = [[new Button(t["curation.withdraw.yes"], $"/tarikkurasi {submission.Code} ya")]],
            });
            return;
        }

        var before = AuditSnapshot.Of(submission);
        submission.State = SubmissionState.Withdrawn;
        submission.WithdrawnUtc = context.NowUtc;
        SubmissionIntake.ClearClaim(submission);
        SubmissionStore.Collection(context.Session.Database).Update(submission);
        AuditLog.Record(context, "curation.withdraw", submission.Code, before, submission, submission.SellerKey);
        cards.ShowDecision(context.Session, submission, cardMessageId: null);
        context.Reply(MainMenu.Message(t, t.Format("curation.withdraw.done", submission.Code)));
    }
}
