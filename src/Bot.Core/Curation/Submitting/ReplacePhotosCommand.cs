using System.Globalization;
using Bot.Core.Admin;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;
using Bot.Core.Conversations.Forms;

namespace Bot.Core.Curation.Submitting;

/// <summary>
/// /gantifoto &lt;code&gt;: replacement photos for ones the download worker refused. The refusal message carries this
/// command as a button; photos can be added while the submission waits in the queue (not while a curator holds it).
/// </summary>
public sealed class ReplacePhotosCommand(FormEngine forms) : IBotCommand
{
    public IReadOnlyList<string> Names { get; } = ["gantifoto", "replacephoto"];

    public string DescriptionKey => "command.curation_replace.description";

    public Role Requires => Role.Seller;

    public CommandKind Kind => CommandKind.StartsForm;

    public bool Listed => false;

    public void Execute(UpdateContext context, string arguments)
    {
        var submission = MySubmission.Find(context, arguments);
        if (submission is null)
        {
            return;
        }

        var refusal = RefusalOf(context, submission);
        if (refusal is not null)
        {
            context.Reply(MainMenu.Message(context.T, refusal));
            return;
        }

        forms.Start(context, ReplacePhotosForm.FormName, new Dictionary<string, string> { [ReplacePhotosForm.SubmissionKey] = submission.Id.ToString(CultureInfo.InvariantCulture) });
    }

    /// <summary>Why photos cannot be added now, or null when they can.</summary>
    public static string? RefusalOf(UpdateContext context, Submission submission)
    {
        var t = context.T;
        return submission.State switch
        {
            SubmissionState.NeedsRevision => t.Format("curation.replace.use_resubmit", submission.Code, submission.Id),
            SubmissionState.InReview when submission.ClaimExpiresUtc > context.NowUtc => t.Format("curation.replace.in_review", submission.Code),
            SubmissionState.Submitted or SubmissionState.InReview when submission.LivePhotoCount >= CurationForm.MaxPhotos => t.Format("curation.replace.full", submission.Code, CurationForm.MaxPhotos),
            SubmissionState.Submitted or SubmissionState.InReview => null,
            _ => t.Format("curation.replace.closed", submission.Code, CurationTexts.State(t, submission.State)),
        };
    }
}
