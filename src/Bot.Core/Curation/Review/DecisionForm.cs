using System.Globalization;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Forms;
using Bot.Core.Messaging;

namespace Bot.Core.Curation.Review;

/// <summary>
/// A curator's decision: tick the checklist items met, the outcome (pre-filled from the pressed button) and,
/// for a revision or rejection, the reasons: common ones as buttons and/or a typed note.
/// </summary>
public sealed class DecisionForm(CurationDecisions decisions) : FormDefinition
{
    public const string FormName = "keputusan";
    public const string SubmissionKey = "submission";
    public const string TypedNotePrefix = "t:";

    public override string Name => FormName;

    public override string TitleKey => "curation.decision.title";

    public override IReadOnlyList<FormField> Fields { get; } =
    [
        new()
        {
            Key = "checklist", PromptKey = "curation.decision.checklist.prompt", LabelKey = "curation.decision.checklist.label",
            Choices = CurationChecklist.Choices, ChoicesPerRow = 2, MaxItems = CurationChecklist.Codes.Count, MinItems = 0,
            Parse = input => Tick(input, "checklist"),
            Display = (value, context) => string.Join(", ", value.Split('\n').Select(c => context.T["curation.check." + c])),
        },
        new()
        {
            Key = "outcome", PromptKey = "curation.decision.outcome.prompt", LabelKey = "curation.decision.outcome.label", ChoicesPerRow = 1,
            Choices =
            [
                new(DecisionCodes.Approve, "curation.outcome.approved"),
                new(DecisionCodes.Revise, "curation.outcome.needsrevision"),
                new(DecisionCodes.Reject, "curation.outcome.rejected"),
            ],
        },
        new()
        {
            Key = "reasons", PromptKey = "curation.decision.reasons.prompt", LabelKey = "curation.decision.reasons.label",
            Choices = RevisionReasons.Choices, ChoicesPerRow = 2, MaxItems = RevisionReasons.Codes.Count + 1, MinItems = 1,
            SkipWhen = values => values.GetValueOrDefault("outcome") == DecisionCodes.Approve,
            Parse = Reason,
            Display = (value, context) => string.Join("; ", value.Split('\n').Select(r => r.StartsWith(TypedNotePrefix, StringComparison.Ordinal)
                ? r[TypedNotePrefix.Length..] : context.T["curation.reason." + r])),
        },
    ];

    public override void Complete(UpdateContext context, IReadOnlyDictionary<string, string> values)
    {
        var items = values.GetValueOrDefault("reasons", string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        DecisionCodes.TryParse(values["outcome"], out var outcome);
        var update = context.Update;
        var request = new DecisionRequest(
            int.Parse(values[SubmissionKey], CultureInfo.InvariantCulture),
            update.Platform,
            update.SenderId,
            update.SenderName,
            outcome,
            [.. items.Where(i => !i.StartsWith(TypedNotePrefix, StringComparison.Ordinal))],
            string.Join(" ", items.Where(i => i.StartsWith(TypedNotePrefix, StringComparison.Ordinal)).Select(i => i[TypedNotePrefix.Length..])),
            values.GetValueOrDefault("checklist", string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var (result, submission) = decisions.Decide(context.Session, request);
        var t = context.T;
        var code = Submission.CodeOf(request.SubmissionId);
        var text = result == DecisionResult.Decided
            ? t.Format("curation.decision.saved", code, CurationTexts.Outcome(t, outcome))
            : DecideCommand.Refusal(t, result, code, submission);
        context.Reply(new OutboundMessage { Text = text, Buttons = [[new Button(t["curation.queue.next_button"], "/antrian")]] });
    }

    private static FieldResult Tick(FieldInput input, string key)
    {
        if (!input.FromButton)
        {
            return FieldResult.Invalid("form.choose_button");
        }

        return Items(input, key).Contains(input.Text!) ? FieldResult.Invalid("curation.decision.already_picked") : FieldResult.Collect(input.Text!);
    }

    private static FieldResult Reason(FieldInput input)
    {
        if (input.FromButton)
        {
            return Tick(input, "reasons");
        }

        if (input.Update.Kind != InboundKind.Text || string.IsNullOrWhiteSpace(input.Text))
        {
            return FieldResult.Invalid("form.text_expected");
        }

        var note = string.Join(' ', input.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return note.Length is < 3 or > 500 ? FieldResult.Invalid("form.length", 3, 500, note.Length) : FieldResult.Collect(TypedNotePrefix + note);
    }

    private static List<string> Items(FieldInput input, string key) =>
        input.Context?.Conversation.Fields.TryGetValue(key, out var joined) == true && joined.Length > 0 ? [.. joined.Split('\n')] : [];
}
