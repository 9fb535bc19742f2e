using Bot.Core.Audit;
using Bot.Core.Conversations;
using Bot.Core.Curation.Submitting;
using Bot.Core.Curation.Workspace;
using Bot.Core.Messaging;
using Microsoft.Extensions.Options;

namespace Bot.Core.Curation.Review;

/// <summary>
/// The curation domain logic every curator workspace calls: taking the next submission with an expiring claim,
/// and deciding. Runs on the writer thread, so two curators asking at once are served one after the other and
/// never get the same submission; the seller's notice is an outbox row in the decision's own transaction, so it
/// is sent exactly once, even across a restart. Every decision leaves an audit row in that same transaction.
/// </summary>
public sealed class CurationDecisions(IOptions<CurationOptions> options, CurationCards cards)
{
    private readonly TimeSpan _claim = TimeSpan.FromMinutes(options.Value.ClaimMinutes);

    /// <summary>The submission the curator already holds (claim renewed), else the oldest free one, now claimed.</summary>
    public Submission? ClaimNext(WriterSession session, ChatRef curatorChat, string curatorId, string? curatorName = null)
    {
        var curator = $"{curatorChat.Platform}:{curatorId}";
        var submission = SubmissionStore.HeldBy(session.Database, curator, session.NowUtc)
            ?? SubmissionStore.NextInQueue(session.Database, session.NowUtc);
        if (submission is null)
        {
            return null;
        }

        submission.State = SubmissionState.InReview;
        submission.ClaimedBy = curator;
        submission.ClaimedByName = curatorName;
        submission.ClaimPlatform = curatorChat.Platform;
        submission.ClaimChatId = curatorChat.ChatId;
        submission.ClaimExpiresUtc = session.NowUtc + _claim;
        SubmissionStore.Collection(session.Database).Update(submission);
        return submission;
    }

    /// <summary>
    /// Whether the curator may decide on the submission now: their claim, or a lapsed one nobody took; with
    /// <paramref name="withoutClaim"/> (a workspace card) also a waiting one whose photos are ready. Another
    /// curator's running claim always wins, so nobody is overruled while reviewing.
    /// </summary>
    public static DecisionResult CanDecide(Submission? submission, string curator, DateTime nowUtc, bool withoutClaim = false) => submission switch
    {
        null => DecisionResult.NotFound,
        { State: SubmissionState.Approved or SubmissionState.Rejected or SubmissionState.NeedsRevision } => DecisionResult.AlreadyDecided,
        { State: SubmissionState.InReview } when submission.ClaimedBy != curator && submission.ClaimExpiresUtc > nowUtc => DecisionResult.HeldByOther,
        _ when withoutClaim => submission.IsReviewable(nowUtc) || submission.ClaimedBy == curator ? DecisionResult.Decided : DecisionResult.NotInReview,
        { State: SubmissionState.Submitted } => DecisionResult.NotInReview,
        _ => DecisionResult.Decided,
    };

    public (DecisionResult Result, Submission? Submission) Decide(WriterSession session, DecisionRequest request)
    {
        var collection = SubmissionStore.Collection(session.Database);
        var submission = collection.FindById(request.SubmissionId);
        var check = CanDecide(submission, request.CuratorKey, session.NowUtc, request.WithoutClaim);
        if (check != DecisionResult.Decided)
        {
            return (check, submission);
        }

        var decision = new CurationDecision
        {
            Version = submission!.Version,
            Outcome = request.Outcome,
            Curator = request.CuratorKey,
            CuratorName = request.CuratorName,
            AtUtc = session.NowUtc,
            Reasons = [.. request.Reasons],
            Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(),
            Checklist = CurationChecklist.Codes.ToDictionary(c => c, request.ChecklistMet.Contains),
        };
        var before = new { submission.State, submission.Version };
        submission.Decisions.Add(decision);
        submission.State = request.Outcome switch
        {
            DecisionOutcome.Approved => SubmissionState.Approved,
            DecisionOutcome.NeedsRevision => SubmissionState.NeedsRevision,
            _ => SubmissionState.Rejected,
        };
        submission.DecidedUtc = session.NowUtc;
        SubmissionIntake.ClearClaim(submission);
        collection.Update(submission);
        AuditLog.Record(
            session, request.CuratorPlatform, request.CuratorId, "curation.decision", submission.Code,
            before, new { submission.State, submission.Version, Decision = decision }, submission.SellerKey);
        session.Send(submission.SellerChat, SellerNotice(session, submission, decision));
        cards.ShowDecision(session, submission, request.CardMessageId);
        return (DecisionResult.Decided, submission);
    }

    private static OutboundMessage SellerNotice(WriterSession session, Submission submission, CurationDecision decision)
    {
        var t = session.TextsFor(session.Conversation(submission.SellerChat));
        var notes = CurationTexts.Notes(t, decision);
        return decision.Outcome switch
        {
            DecisionOutcome.Approved => MainMenu.Message(t, t.Format("curation.notice.approved", submission.Code, submission.ProductName, notes.Length == 0 ? string.Empty : "\n\n" + notes)),
            DecisionOutcome.NeedsRevision => new OutboundMessage
            {
                Text = t.Format("curation.notice.revision", submission.Code, submission.ProductName, notes, submission.Id),
                Buttons = [[new Button(t["curation.resubmit.button"], "/kirimulang " + submission.Id)]],
            },
            _ => MainMenu.Message(t, t.Format("curation.notice.rejected", submission.Code, submission.ProductName, notes)),
        };
    }
}
