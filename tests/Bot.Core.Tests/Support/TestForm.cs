using Bot.Core.Conversations;
using Bot.Core.Conversations.Forms;
using Bot.Core.Messaging;
using Bot.Core.Profiles;
using Bot.Core.Storage;
using LiteDB;

namespace Bot.Core.Tests.Support;

/// <summary>
/// A test-only form, opened by /uji: a choice, a free text, an optional field, a field skipped for
/// services ("jasa"), and 1–3 photos. It borrows existing text keys, so its questions read like the profile's.
/// </summary>
public sealed class TestForm : FormDefinition
{
    public const string FormName = "uji";

    public override string Name => FormName;

    public override string TitleKey => "menu.curation";

    public override IReadOnlyList<FormField> Fields { get; } =
    [
        new()
        {
            Key = "kind", PromptKey = "profile.sector.prompt", LabelKey = "profile.sector.label",
            Choices = [new("barang", "sector.kriya"), new("jasa", "sector.jasa")],
        },
        new() { Key = "name", PromptKey = "profile.business.prompt", LabelKey = "profile.business.label", ExampleKey = "profile.business.example" },
        new() { Key = "note", PromptKey = "profile.nib.prompt", LabelKey = "profile.nib.label", Optional = true },
        new()
        {
            Key = "phone", PromptKey = "profile.phone.prompt", LabelKey = "profile.phone.label", ExampleKey = "profile.phone.example",
            SkipWhen = values => values.GetValueOrDefault("kind") == "jasa",
            Parse = input => PhoneNumbers.TryNormalise(input.Text, out var phone) ? FieldResult.Ok(phone) : FieldResult.Invalid("profile.phone.invalid"),
        },
        new()
        {
            Key = "photos", PromptKey = "command.curation.description", LabelKey = "menu.curation", MinItems = 1, MaxItems = 3,
            Parse = input => input.Update.Kind == InboundKind.Photo && input.Files.Count > 0
                ? FieldResult.Collect(input.Files[0].FileId)
                : FieldResult.Invalid("fallback.file"),
        },
    ];

    public static ILiteCollection<TestFormResult> Results(BotDatabase database) =>
        database.Raw.GetCollection<TestFormResult>("uji_results");

    public override void Complete(UpdateContext context, IReadOnlyDictionary<string, string> values)
    {
        Results(context.Session.Database).Insert(new TestFormResult { ChatId = context.Update.ChatId, Values = new(values) });
        context.Reply(context.T.Format("profile.saved", values["name"]));
    }
}
