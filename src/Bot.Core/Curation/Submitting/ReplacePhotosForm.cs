using System.Globalization;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Forms;
using Microsoft.Extensions.Options;

namespace Bot.Core.Curation.Submitting;

/// <summary>Replacement photos for a submission whose photos were refused after it was sent.</summary>
public sealed class ReplacePhotosForm : FormDefinition
{
    public const string FormName = "gantifoto";
    public const string SubmissionKey = "submission";

    private readonly SubmissionIntake _intake;

    public ReplacePhotosForm(SubmissionIntake intake, IOptions<CurationOptions> options)
    {
        _intake = intake;
        var maxBytes = options.Value.MaxPhotoBytes;
        Fields =
        [
            new()
            {
                Key = "photos", PromptKey = "curation.replace.prompt", LabelKey = "curation.photos.label", MaxItems = CurationForm.MaxPhotos, MinItems = 1,
                PromptArgs = context => [Submission.CodeOf(int.Parse(context.Conversation.Fields[SubmissionKey], CultureInfo.InvariantCulture)), options.Value.MinPhotoSide],
                Parse = input => CurationInputs.Photo(input, Items(input), maxBytes),
                Display = (value, context) => context.T.Format("curation.photos.count", value.Split('\n').Length),
            },
        ];
    }

    public override string Name => FormName;

    public override string TitleKey => "curation.replace.title";

    public override IReadOnlyList<FormField> Fields { get; }

    public override void Complete(UpdateContext context, IReadOnlyDictionary<string, string> values)
    {
        var submission = SubmissionStore.Collection(context.Session.Database).FindById(int.Parse(values[SubmissionKey], CultureInfo.InvariantCulture));
        var refusal = submission is null ? context.T["curation.replace.closed_generic"] : ReplacePhotosCommand.RefusalOf(context, submission);
        if (refusal is not null)
        {
            context.Reply(MainMenu.Message(context.T, refusal));
            return;
        }

        var items = values["photos"].Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(PhotoItem.Parse);
        var added = _intake.Replace(context, submission!, items);
        context.Reply(MainMenu.Message(context.T, context.T.Format("curation.replace.added", added, submission!.Code)));
    }

    private static List<string> Items(FieldInput input) =>
        input.Context?.Conversation.Fields.TryGetValue("photos", out var joined) == true && joined.Length > 0 ? [.. joined.Split('\n')] : [];
}
