using Bot.Core.Admin;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;
using Bot.Core.Conversations.Forms;
using Bot.Core.Localization;

namespace Bot.Core.Curation.Review;

/// <summary>/putuskan &lt;id&gt; &lt;a|r|x&gt;: the decision buttons under a review open the decision form.</summary>
public sealed class DecideCommand(FormEngine forms) : IBotCommand
{
    public IReadOnlyList<string> Names { get; } = ["putuskan", "decide"];

    public string DescriptionKey => "command.curation_decide.description";

    public Role Requires => Role.Curator;

    public CommandKind Kind => CommandKind.StartsForm;

    public bool Listed => false;

    public void Execute(UpdateContext context, string arguments)
    {
        var parts = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !Submission.TryParseCode(parts[0], out var id) || !DecisionCodes.TryParse(parts[1], out _))
        {
            context.Reply(context.T["curation.decision.usage"]);
            return;
        }

        var submission = SubmissionStore.Collection(context.Session.Database).FindById(id);
        var curator = $"{context.Update.Platform}:{context.Update.SenderId}";
        var check = CurationDecisions.CanDecide(submission, curator, context.NowUtc);
        if (check != DecisionResult.Decided)
        {
            context.Reply(Refusal(context.T, check, Submission.CodeOf(id), submission));
            return;
        }

        var prefill = new Dictionary<string, string> { [DecisionForm.SubmissionKey] = submission!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["outcome"] = parts[1].ToLowerInvariant() };
        forms.Start(context, DecisionForm.FormName, prefill, askOnlyMissing: true);
    }

    public static string Refusal(Localizer t, DecisionResult result, string code, Submission? submission) => result switch
    {
        DecisionResult.NotFound => t.Format("curation.not_found", code),
        DecisionResult.AlreadyDecided => t.Format("curation.decision.already_decided", code, CurationTexts.State(t, submission!.State)),
        DecisionResult.HeldByOther => t.Format("curation.decision.held_by_other", code),
        _ => t.Format("curation.decision.not_claimed", code),
    };
}
