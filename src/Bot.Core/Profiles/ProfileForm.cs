using System.Text.RegularExpressions;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Forms;
using Bot.Core.Messaging;

namespace Bot.Core.Profiles;

/// <summary>The seller profile: who runs the business, how to reach them, and their consent (UU PDP).</summary>
public sealed partial class ProfileForm : FormDefinition
{
    public const string FormName = "profil";

    /// <summary>Changes whenever the consent text changes, so each consent record names the text agreed to.</summary>
    public const string ConsentVersion = "2026-11-v1";

    public override string Name => FormName;

    public override string TitleKey => "profile.title";

    public override IReadOnlyList<FormField> Fields { get; } =
    [
        new()
        {
            Key = "owner", PromptKey = "profile.owner.prompt", LabelKey = "profile.owner.label", ExampleKey = "profile.owner.example",
            Parse = input => PersonName(input, 2, 80),
        },
        new()
        {
            Key = "business", PromptKey = "profile.business.prompt", LabelKey = "profile.business.label", ExampleKey = "profile.business.example",
            Parse = input => PersonName(input, 2, 100),
        },
        new()
        {
            Key = "sector", PromptKey = "profile.sector.prompt", LabelKey = "profile.sector.label", Choices = Sectors.All,
        },
        new()
        {
            Key = "phone", PromptKey = "profile.phone.prompt", LabelKey = "profile.phone.label", ExampleKey = "profile.phone.example",
            Parse = input => PhoneNumbers.TryNormalise(input.Text, out var phone) ? FieldResult.Ok(phone) : FieldResult.Invalid("profile.phone.invalid"),
        },
        new()
        {
            Key = "nib", PromptKey = "profile.nib.prompt", LabelKey = "profile.nib.label", ExampleKey = "profile.nib.example", Optional = true,
            Parse = input => Nib().IsMatch(Digits(input.Text)) ? FieldResult.Ok(Digits(input.Text)) : FieldResult.Invalid("profile.nib.invalid", Digits(input.Text).Length),
        },
        new()
        {
            Key = "consent", PromptKey = "profile.consent.prompt", LabelKey = "profile.consent.label",
            Choices = [new("ya", "profile.consent.yes"), new("tidak", "profile.consent.no")], ChoicesPerRow = 1,
            Parse = input => input.Text == "ya" ? FieldResult.Ok("ya") : FieldResult.Abort("profile.consent.refused"),
        },
    ];

    public override void Complete(UpdateContext context, IReadOnlyDictionary<string, string> values)
    {
        var update = context.Update;
        var profiles = ProfileStore.Collection(context.Session.Database);
        var id = SellerProfile.KeyOf(update.Platform, update.SenderId);
        var profile = profiles.FindById(id) ?? new SellerProfile { Id = id, Platform = update.Platform, UserId = update.SenderId, CreatedUtc = context.NowUtc };
        profile.ChatId = update.ChatId;
        profile.OwnerName = values["owner"];
        profile.BusinessName = values["business"];
        profile.Sector = values["sector"];
        profile.Phone = values["phone"];
        profile.Nib = values.GetValueOrDefault("nib");
        profile.ConsentUtc = context.NowUtc;
        profile.ConsentVersion = ConsentVersion;
        profile.UpdatedUtc = context.NowUtc;
        profiles.Upsert(profile);
        context.Reply(MainMenu.Message(context.T, context.T.Format("profile.saved", profile.OwnerName)));
    }

    /// <summary>The form's values for an existing profile, so "ubah data" starts from the summary.</summary>
    public static Dictionary<string, string> ValuesOf(SellerProfile profile)
    {
        var values = new Dictionary<string, string>
        {
            ["owner"] = profile.OwnerName,
            ["business"] = profile.BusinessName,
            ["sector"] = profile.Sector,
            ["phone"] = profile.Phone,
            ["consent"] = "ya",
        };
        if (profile.Nib is { } nib)
        {
            values["nib"] = nib;
        }

        return values;
    }

    private static FieldResult PersonName(FieldInput input, int min, int max)
    {
        if (input.Update.Kind != InboundKind.Text || string.IsNullOrWhiteSpace(input.Text))
        {
            return FieldResult.Invalid("form.text_expected");
        }

        var text = Whitespace().Replace(input.Text.Trim(), " ");
        if (text.Length < min || text.Length > max)
        {
            return FieldResult.Invalid("form.length", min, max, text.Length);
        }

        return text.Any(char.IsLetter) ? FieldResult.Ok(text) : FieldResult.Invalid("profile.name.letters");
    }

    private static string Digits(string? text) => new([.. (text ?? string.Empty).Where(char.IsAsciiDigit)]);

    [GeneratedRegex(@"^\d{13}$")]
    private static partial Regex Nib();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
