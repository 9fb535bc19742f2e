using System.Globalization;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Forms;
using Bot.Core.Profiles;
using Microsoft.Extensions.Options;

namespace Bot.Core.Curation.Submitting;

/// <summary>
/// /kurasi: the product's fields, permits and 1–5 photos. A seller without a profile answers the profile
/// questions first, once; a seller with one is not asked them (the <see cref="HasProfile"/> marker skips them).
/// </summary>
public sealed class CurationForm : FormDefinition
{
    public const string FormName = "kurasi";

    /// <summary>Hidden answer: the sender has a saved profile, so its questions are skipped.</summary>
    public const string HasProfile = "has_profile";

    /// <summary>Hidden answer: the submission this form resubmits after a revision request.</summary>
    public const string Resubmits = "resubmits";

    public const int MaxPhotos = 5;

    private readonly SubmissionIntake _intake;

    public CurationForm(SubmissionIntake intake, IOptions<CurationOptions> options)
    {
        _intake = intake;
        var maxBytes = options.Value.MaxPhotoBytes;
        Fields =
        [
            .. ProfileForm.ProfileFields.Select(f => f with { SkipWhen = values => values.ContainsKey(HasProfile) || f.SkipWhen?.Invoke(values) == true }),
            new()
            {
                Key = "product", PromptKey = "curation.product.prompt", LabelKey = "curation.product.label", ExampleKey = "curation.product.example",
                Parse = input => CurationInputs.Text(input, 3, 80),
            },
            new()
            {
                Key = "category", PromptKey = "curation.category.prompt", LabelKey = "curation.category.label",
                Choices = [.. Sectors.All.Where(c => c.Value != "jasa")],
            },
            new()
            {
                Key = "description", PromptKey = "curation.description.prompt", LabelKey = "curation.description.label", ExampleKey = "curation.description.example",
                Parse = input => CurationInputs.Text(input, 10, 500),
            },
            new()
            {
                Key = "price", PromptKey = "curation.price.prompt", LabelKey = "curation.price.label", ExampleKey = "curation.price.example",
                Parse = CurationInputs.Price,
                Display = (value, _) => RupiahParser.Format(long.Parse(value, CultureInfo.InvariantCulture)),
            },
            new()
            {
                Key = "capacity", PromptKey = "curation.capacity.prompt", LabelKey = "curation.capacity.label", ExampleKey = "curation.capacity.example",
                Parse = CurationInputs.Capacity,
                Display = (value, context) => CurationTexts.Capacity(context.T, value),
            },
            new()
            {
                Key = "permits", PromptKey = "curation.permits.prompt", LabelKey = "curation.permits.label", ChoicesPerRow = 3,
                Choices = Permits.Choices, MaxItems = Permits.Codes.Count, MinItems = 1,
                Parse = input => CurationInputs.Permit(input, Items(input, "permits")),
                Display = (value, context) => Permits.Describe(context.T, value),
            },
            new()
            {
                Key = "photos", PromptKey = "curation.photos.prompt", LabelKey = "curation.photos.label", MaxItems = MaxPhotos, MinItems = 1,
                PromptArgs = _ => [options.Value.MinPhotoSide],
                Parse = input => CurationInputs.Photo(input, Items(input, "photos"), maxBytes),
                Display = (value, context) => context.T.Format("curation.photos.count", value.Split('\n').Length),
            },
        ];
    }

    public override string Name => FormName;

    public override string TitleKey => "curation.title";

    public override IReadOnlyList<FormField> Fields { get; }

    public override void Complete(UpdateContext context, IReadOnlyDictionary<string, string> values)
    {
        if (!values.ContainsKey(HasProfile))
        {
            ProfileForm.Save(context, values);
        }

        if (values.TryGetValue(Resubmits, out var id))
        {
            _intake.Resubmit(context, int.Parse(id, CultureInfo.InvariantCulture), values);
        }
        else
        {
            _intake.Create(context, values);
        }
    }

    private static List<string> Items(FieldInput input, string key) =>
        input.Context?.Conversation.Fields.TryGetValue(key, out var joined) == true && joined.Length > 0 ? [.. joined.Split('\n')] : [];
}
