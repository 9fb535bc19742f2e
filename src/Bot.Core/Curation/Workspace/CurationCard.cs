using System.Globalization;
using System.Text;
using Bot.Core.Curation.Review;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Profiles;

namespace Bot.Core.Curation.Workspace;

/// <summary>
/// A submission as the moderators see it in the workspace's curation chat: open with its photos and decision buttons,
/// then closed, showing the decision and who made it. The buttons carry the version, so a card left over from an
/// earlier version can never decide the resubmitted one.
/// </summary>
public static class CurationCard
{
    public const string ApproveCommand = "kurasi_setuju";
    public const string ReviseCommand = "kurasi_revisi";
    public const string RejectCommand = "kurasi_tolak";

    public static string CommandOf(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Approved => ApproveCommand,
        DecisionOutcome.NeedsRevision => ReviseCommand,
        _ => RejectCommand,
    };

    /// <summary>"/kurasi_revisi 42 v2": the button data (and Discord custom_id) of a decision on this version.</summary>
    public static string Data(DecisionOutcome outcome, Submission s) =>
        string.Create(CultureInfo.InvariantCulture, $"/{CommandOf(outcome)} {s.Id} v{s.Version}");

    public static OutboundMessage Open(Submission s, SellerProfile? seller, Localizer t) => new()
    {
        Text = Describe(s, seller, t),
        Files = ReviewMessages.Album(t, s).Files,
        Buttons =
        [
            [
                new Button(t["curation.outcome.approved"], Data(DecisionOutcome.Approved, s)),
                new Button(t["curation.outcome.needsrevision"], Data(DecisionOutcome.NeedsRevision, s)),
                new Button(t["curation.outcome.rejected"], Data(DecisionOutcome.Rejected, s)),
            ],
        ],
    };

    /// <summary>The card without buttons, with the decision on this version (who, when, the notes) or the withdrawal.</summary>
    public static OutboundMessage Closed(Submission s, SellerProfile? seller, Localizer t)
    {
        var text = new StringBuilder(Describe(s, seller, t));
        if (s.Decisions.LastOrDefault(d => d.Version == s.Version) is { } decision)
        {
            text.AppendLine().AppendLine().Append(Decided(decision, t));
            var notes = CurationTexts.Notes(t, decision);
            if (notes.Length > 0)
            {
                text.AppendLine().Append(t.Format("curation.card.notes", notes));
            }
        }
        else if (s is { State: SubmissionState.Withdrawn, WithdrawnUtc: { } withdrawn })
        {
            text.AppendLine().AppendLine().Append(t.Format("curation.card.withdrawn", Wib.Format(withdrawn, t.Language)));
        }

        return new OutboundMessage { Text = text.ToString() };
    }

    /// <summary>A card for an earlier version, closed: the product was resubmitted and has a newer card.</summary>
    public static OutboundMessage Superseded(Submission s, int cardVersion, Localizer t)
    {
        var text = new StringBuilder(t.Format("curation.card.superseded", s.Code, cardVersion, s.Version, Wib.Format(s.SubmittedUtc, t.Language)));
        if (s.Decisions.LastOrDefault(d => d.Version == cardVersion) is { } decision)
        {
            text.AppendLine().Append(Decided(decision, t));
        }

        return new OutboundMessage { Text = text.ToString() };
    }

    private static string Decided(CurationDecision decision, Localizer t) =>
        t.Format("curation.card.decided", CurationTexts.State(t, StateOf(decision.Outcome)), decision.CuratorName ?? decision.Curator, Wib.Format(decision.AtUtc, t.Language));

    private static SubmissionState StateOf(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Approved => SubmissionState.Approved,
        DecisionOutcome.NeedsRevision => SubmissionState.NeedsRevision,
        _ => SubmissionState.Rejected,
    };

    private static string Describe(Submission s, SellerProfile? seller, Localizer t)
    {
        var text = new StringBuilder();
        text.AppendLine(t.Format("curation.card.title", s.Code, s.Version, s.ProductName)).AppendLine();
        text.AppendLine(CurationTexts.Fields(t, s)).AppendLine();
        text.AppendLine(ReviewMessages.Seller(t, s, seller));
        text.Append(t.Format("curation.card.photos", s.StoredPhotos.Count(), Wib.Format(s.SubmittedUtc, t.Language)));
        var earlier = s.Decisions.Where(d => d.Version < s.Version).ToList();
        if (earlier.Count > 0)
        {
            text.AppendLine().AppendLine().Append(t["curation.review.history"]);
            foreach (var d in earlier)
            {
                text.AppendLine().Append("• v").Append(d.Version).Append(' ').Append(Decided(d, t));
            }
        }

        return text.ToString();
    }
}
