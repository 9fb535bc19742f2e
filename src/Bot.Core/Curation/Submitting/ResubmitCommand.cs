using System.Globalization;
using Bot.Core.Admin;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;
using Bot.Core.Conversations.Forms;
using Bot.Core.Profiles;

namespace Bot.Core.Curation.Submitting;

/// <summary>
/// /kirimulang &lt;code&gt;: after "needs revision", the /kurasi form opens at its summary with the product's answers and
/// photos; the seller changes what the notes ask for (fields, or the photos: new ones replace all) and saves.
/// </summary>
public sealed class ResubmitCommand(FormEngine forms) : IBotCommand
{
    public IReadOnlyList<string> Names { get; } = ["kirimulang", "resubmit"];

    public string DescriptionKey => "command.curation_resubmit.description";

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

        if (submission.State != SubmissionState.NeedsRevision)
        {
            context.Reply(MainMenu.Message(context.T, context.T.Format("curation.resubmit.not_open", submission.Code)));
            return;
        }

        var values = SubmissionIntake.ValuesOf(submission);
        values[CurationForm.Resubmits] = submission.Id.ToString(CultureInfo.InvariantCulture);
        if (ProfileStore.Find(context.Session.Database, submission.SellerKey) is not null)
        {
            values[CurationForm.HasProfile] = "1";
        }

        forms.Start(context, CurationForm.FormName, values);
    }
}
