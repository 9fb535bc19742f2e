using System.Globalization;
using Bot.Core.Conversations;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Profiles;
using Bot.Core.Workspace;
using Microsoft.Extensions.Options;

namespace Bot.Core.Curation.Workspace;

/// <summary>
/// Posts a card to the workspace's curation chat (when one is set) each time a submission becomes ready for review, and
/// keeps it up to date. The platform gives a card's message id only once the card is sent, so the id is recorded on the
/// submission when the send is acknowledged (<see cref="CurationCardAcks"/>); a decision made anywhere, or a withdrawal,
/// then closes the card, and a moderator never sees live buttons on a product already settled.
/// </summary>
public sealed class CurationCards(IOptions<WorkspaceOptions> workspace)
{
    /// <summary>Outbox tag of a card: "curation-card:{submission id}:{version}".</summary>
    public const string TagPrefix = "curation-card:";

    /// <summary>Posts the card when the submission is ready: all photos settled, at least one stored, nobody holding it.</summary>
    public void PostIfReady(WriterSession session, Submission submission)
    {
        if (workspace.Value.CurationChat is not { } chat || !submission.IsReviewable(session.NowUtc))
        {
            return;
        }

        var seller = ProfileStore.Collection(session.Database).FindById(submission.SellerKey);
        var tag = string.Create(CultureInfo.InvariantCulture, $"{TagPrefix}{submission.Id}:{submission.Version}");
        session.Send(chat, CurationCard.Open(submission, seller, session.Texts.For(Languages.Default)), tag);
    }

    /// <summary>The card the update was pressed on, when it came from the curation chat's platform; null otherwise.</summary>
    public string? CardOf(UpdateContext context) =>
        workspace.Value.CurationChat is { } chat && chat.Platform == context.Update.Platform ? context.Update.Button?.MessageId : null;

    /// <summary>
    /// A card was sent: remember where it is. When the submission moved on while the card was on its way (decided,
    /// withdrawn, resubmitted), the card is closed at once.
    /// </summary>
    public void Posted(WriterSession session, int submissionId, int version, string messageId)
    {
        var collection = SubmissionStore.Collection(session.Database);
        if (collection.FindById(submissionId) is not { } submission || version < submission.CardVersion)
        {
            return;
        }

        submission.CardMessageId = messageId;
        submission.CardVersion = version;
        collection.Update(submission);
        if (version < submission.Version)
        {
            ShowSuperseded(session, submission, version, messageId);
        }
        else if (submission.State is SubmissionState.Approved or SubmissionState.NeedsRevision or SubmissionState.Rejected or SubmissionState.Withdrawn)
        {
            ShowDecision(session, submission, messageId);
        }
    }

    /// <summary>Brings the card up to date: the decision (or withdrawal) and who made it, no buttons.</summary>
    /// <param name="cardMessageId">The card pressed; null for the one posted for the submission's current version.</param>
    public void ShowDecision(WriterSession session, Submission submission, string? cardMessageId) =>
        Edit(session, cardMessageId ?? CurrentCard(submission), t => CurationCard.Closed(submission, ProfileStore.Collection(session.Database).FindById(submission.SellerKey), t));

    /// <summary>Closes a card left over from an earlier version of the submission.</summary>
    public void ShowSuperseded(WriterSession session, Submission submission, int cardVersion, string? cardMessageId) =>
        Edit(session, cardMessageId, t => CurationCard.Superseded(submission, cardVersion, t));

    private static string? CurrentCard(Submission submission) =>
        submission.CardVersion == submission.Version ? submission.CardMessageId : null;

    private void Edit(WriterSession session, string? cardMessageId, Func<Localizer, OutboundMessage> card)
    {
        if (cardMessageId is null || workspace.Value.CurationChat is not { } chat)
        {
            return;
        }

        session.Send(chat, card(session.Texts.For(Languages.Default)) with { EditMessageId = cardMessageId });
    }
}
