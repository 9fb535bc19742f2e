using Bot.Core.Conversations;
using Bot.Core.Profiles;

namespace Bot.Core.Curation.Submitting;

/// <summary>Finds the sender's own submission named in a command's arguments, answering when it cannot.</summary>
internal static class MySubmission
{
    public static Submission? Find(UpdateContext context, string arguments)
    {
        if (!Submission.TryParseCode(arguments, out var id))
        {
            context.Reply(MainMenu.Message(context.T, context.T["curation.code_expected"]));
            return null;
        }

        var submission = SubmissionStore.Collection(context.Session.Database).FindById(id);
        if (submission is null || submission.SellerKey != SellerProfile.KeyOf(context.Update.Platform, context.Update.SenderId))
        {
            context.Reply(MainMenu.Message(context.T, context.T.Format("curation.not_found", Submission.CodeOf(id))));
            return null;
        }

        return submission;
    }
}
