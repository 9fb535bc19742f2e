using Bot.Core.Conversations;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Profiles;
using Bot.Core.Workspace;
using Microsoft.Extensions.Options;

namespace Bot.Core.Curation.Workspace;

/// <summary>
/// Posts a card to the workspace's curation chat (when one is set) each time a submission becomes ready for review, and
/// edits the card a decision was made on. The platform learns a card's message id only when it sends it, so the id is
/// not stored: it comes back with the button press (or modal submit) made on the card, as for question cards.
/// </summary>
public sealed class CurationCards(IOptions<WorkspaceOptions> workspace)
{
    /// <summary>Posts the card when the submission is ready: all photos settled, at least one stored, nobody holding it.</summary>
    public void PostIfReady(WriterSession session, Submission submission)
    {
        if (workspace.Value.CurationChat is not { } chat || !submission.IsReviewable(session.NowUtc))
        {
            return;
        }

        var seller = ProfileStore.Collection(session.Database).FindById(submission.SellerKey);
        session.Send(chat, CurationCard.Open(submission, seller, session.Texts.For(Languages.Default)));
    }

    /// <summary>The card the update was pressed on, when it came from the curation chat's platform; null otherwise.</summary>
    public string? CardOf(UpdateContext context) =>
        workspace.Value.CurationChat is { } chat && chat.Platform == context.Update.Platform ? context.Update.Button?.MessageId : null;

    /// <summary>Brings the card up to date: the decision and who made it, no buttons.</summary>
    public void ShowDecision(WriterSession session, Submission submission, string? cardMessageId) =>
        Edit(session, cardMessageId, t => CurationCard.Closed(submission, ProfileStore.Collection(session.Database).FindById(submission.SellerKey), t));

    /// <summary>Closes a card left over from an earlier version of the submission.</summary>
    public void ShowSuperseded(WriterSession session, Submission submission, int cardVersion, string? cardMessageId) =>
        Edit(session, cardMessageId, t => CurationCard.Superseded(submission, cardVersion, t));

    private void Edit(WriterSession session, string? cardMessageId, Func<Localizer, OutboundMessage> card)
    {
        if (cardMessageId is null || workspace.Value.CurationChat is not { } chat)
        {
            return;
        }

        session.Send(chat, card(session.Texts.For(Languages.Default)) with { EditMessageId = cardMessageId });
    }
}
