using Bot.Core.Admin;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;
using Bot.Core.Curation.Review;
using Bot.Core.Localization;

namespace Bot.Core.Curation.Workspace;

/// <summary>
/// /kurasi_setuju, /kurasi_revisi and /kurasi_tolak &lt;code&gt; [v&lt;version&gt;] [notes]: a decision straight from a curation
/// card (the buttons; Discord asks for the notes in a modal). The same <see cref="CurationDecisions"/> as the decision
/// form, without a claim: refused while another curator holds the submission. The card is then brought up to date,
/// also when the press came too late (decided meanwhile, or a card of an earlier version).
/// </summary>
public sealed class CardDecisionCommand(DecisionOutcome outcome, CurationDecisions decisions, CurationCards cards) : IBotCommand
{
    public const int MinNotes = 3;
    public const int MaxNotes = 500;

    public IReadOnlyList<string> Names { get; } = [CurationCard.CommandOf(outcome)];

    public string DescriptionKey => "curation.card.command." + DecisionCodes.Of(outcome);

    public Role Requires => Role.Curator;

    public CommandKind Kind => CommandKind.Anywhere;

    public bool Listed => false;

    public void Execute(UpdateContext context, string arguments)
    {
        var t = context.T;
        if (!CardDecisionArguments.TryParse(arguments, out var args))
        {
            context.Reply(t["curation.card.usage"]);
            return;
        }

        var code = Submission.CodeOf(args.SubmissionId);
        if (outcome != DecisionOutcome.Approved && args.Notes.Length is < MinNotes or > MaxNotes)
        {
            context.Reply(args.Notes.Length == 0
                ? t.Format("curation.card.notes_needed", "/" + CurationCard.CommandOf(outcome), code)
                : t.Format("form.length", MinNotes, MaxNotes, args.Notes.Length));
            return;
        }

        var session = context.Session;
        var card = cards.CardOf(context);
        var submission = SubmissionStore.Collection(session.Database).FindById(args.SubmissionId);
        if (submission is not null && args.Version is { } version && version != submission.Version)
        {
            context.Reply(t.Format("curation.card.outdated", code, version, submission.Version));
            cards.ShowSuperseded(session, submission, version, card);
            return;
        }

        var update = context.Update;
        var request = new DecisionRequest(args.SubmissionId, update.Platform, update.SenderId, update.SenderName, outcome, [], args.Notes, [])
        {
            WithoutClaim = true,
            CardMessageId = card,
        };
        var (result, decided) = decisions.Decide(session, request);
        context.Reply(Answer(t, result, code, decided));
        if (result is DecisionResult.AlreadyDecided)
        {
            cards.ShowDecision(session, decided!, card);
        }
    }

    private string Answer(Localizer t, DecisionResult result, string code, Submission? submission) => result switch
    {
        DecisionResult.Decided => t.Format("curation.decision.saved", code, CurationTexts.Outcome(t, outcome)),
        DecisionResult.HeldByOther => t.Format("curation.card.held", code, submission!.ClaimedByName ?? submission.ClaimedBy, Wib.FormatTime(submission.ClaimExpiresUtc ?? default, t.Language)),
        DecisionResult.NotInReview => t.Format("curation.card.not_ready", code),
        _ => DecideCommand.Refusal(t, result, code, submission),
    };
}
