using System.Text.RegularExpressions;
using Bot.Core.Audit;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Forms;
using Bot.Core.Messaging;
using Bot.Core.Privacy;

namespace Bot.Core.Profiles;

/// <summary>The seller profile: who runs the business, how to reach them, and their consent (UU PDP).</summary>
public sealed partial class ProfileForm(ConsentWithdrawal withdrawal) : FormDefinition
{
    public const string FormName = "profil";

    /// <summary>Changes whenever the consent text changes, so each consent record names the text agreed to.</summary>
    public const string ConsentVersion = "2026-11-v2";

    public override string Name => FormName;

    public override string TitleKey => "profile.title";

    public override IReadOnlyList<FormField> Fields => ProfileFields;

    /// <summary>The profile questions; other forms (training sign-up, curation) ask them too when no profile exists.</summary>
    public static IReadOnlyList<FormField> ProfileFields { get; } =
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
            Key = "area", PromptKey = "profile.area.prompt", LabelKey = "profile.area.label", ChoicesPerRow = 1,
            Choices = [new(AreaCity, "profile.area.city"), new(AreaRegency, "profile.area.regency"), new(AreaOther, "profile.area.other")],
        },
        new()
        {
            Key = "kelurahan", PromptKey = "profile.kelurahan.prompt", LabelKey = "profile.kelurahan.label", ExampleKey = "profile.kelurahan.example",
            SkipWhen = values => values.GetValueOrDefault("area") != AreaCity,
            Parse = MatchKelurahan,
            Display = (value, _) => KelurahanList.All.FirstOrDefault(k => k.Name == value) is { } k ? $"{k.Name} (Kec. {k.Kecamatan})" : value,
        },
        new()
        {
            Key = "area_other", PromptKey = "profile.area_other.prompt", LabelKey = "profile.area_other.label", ExampleKey = "profile.area_other.example",
            SkipWhen = values => values.GetValueOrDefault("area") != AreaOther,
            Parse = input => PersonName(input, 3, 80),
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
            Parse = Consent,
        },
    ];

    public const string AreaCity = "kota";
    public const string AreaRegency = "kab";
    public const string AreaOther = "luar";

    public override void Complete(UpdateContext context, IReadOnlyDictionary<string, string> values)
    {
        var profile = Save(context, values);
        context.Reply(MainMenu.Message(context.T, context.T.Format("profile.saved", profile.OwnerName)));
    }

    /// <summary>Creates or updates the sender's profile from the profile fields' answers, with a fresh consent record.</summary>
    public static SellerProfile Save(UpdateContext context, IReadOnlyDictionary<string, string> values)
    {
        var update = context.Update;
        var profiles = ProfileStore.Collection(context.Session.Database);
        var id = SellerProfile.KeyOf(update.Platform, update.SenderId);
        var existing = profiles.FindById(id);
        var before = AuditSnapshot.Of(existing);
        var profile = existing ?? new SellerProfile { Id = id, Platform = update.Platform, UserId = update.SenderId, CreatedUtc = context.NowUtc };
        profile.ChatId = update.ChatId;
        profile.OwnerName = values["owner"];
        profile.BusinessName = values["business"];
        profile.Sector = values["sector"];
        profile.Area = values["area"];
        var kelurahan = KelurahanList.All.FirstOrDefault(k => k.Name == values.GetValueOrDefault("kelurahan"));
        profile.Kelurahan = kelurahan?.Name;
        profile.KelurahanCode = kelurahan?.Code;
        profile.Kecamatan = kelurahan?.Kecamatan;
        profile.AreaOther = values.GetValueOrDefault("area_other");
        profile.Phone = values["phone"];
        profile.Nib = values.GetValueOrDefault("nib");
        profile.ConsentUtc = context.NowUtc;
        profile.ConsentVersion = ConsentVersion;
        profile.UpdatedUtc = context.NowUtc;
        profiles.Upsert(profile);
        AuditLog.Record(context, existing is null ? "profile.create" : "profile.update", id, before, profile, personalDataOf: id);
        return profile;
    }

    /// <summary>The form's values for an existing profile, so "ubah data" starts from the summary.</summary>
    public static Dictionary<string, string> ValuesOf(SellerProfile profile)
    {
        var values = new Dictionary<string, string>
        {
            ["owner"] = profile.OwnerName,
            ["business"] = profile.BusinessName,
            ["sector"] = profile.Sector,
            ["area"] = profile.Area,
            ["phone"] = profile.Phone,
            ["consent"] = "ya",
        };
        if (profile.Nib is { } nib)
        {
            values["nib"] = nib;
        }

        if (profile.Kelurahan is { } kelurahan)
        {
            values["kelurahan"] = kelurahan;
        }

        if (profile.AreaOther is { } other)
        {
            values["area_other"] = other;
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

    /// <summary>Withdrawn consent: everything stored about the person goes, as with /hapusdata (UU PDP).</summary>
    public override void Aborted(UpdateContext context) => withdrawal.Withdraw(context);

    // Consent must be explicit: a clear yes or no, typed or pressed; anything else is asked again.
    private static FieldResult Consent(FieldInput input)
    {
        var answer = input.Text?.Trim().ToLowerInvariant();
        return answer switch
        {
            "ya" or "setuju" or "saya setuju" or "yes" or "agree" or "i agree" => FieldResult.Ok("ya"),
            "tidak" or "tidak setuju" or "no" or "disagree" => FieldResult.Abort("profile.consent.refused"),
            _ => FieldResult.Invalid("form.choose_button"),
        };
    }

    private static FieldResult MatchKelurahan(FieldInput input)
    {
        var match = KelurahanMatcher.Match(input.Text);
        if (match.Exact is { } exact)
        {
            return FieldResult.Ok(exact.Name);
        }

        if (match.Candidates.Count == 0)
        {
            return FieldResult.Invalid("profile.kelurahan.unknown");
        }

        var offered = match.Candidates.Take(6).Select(k => Choice.Literal(k.Name, $"{k.Name} (Kec. {k.Kecamatan})")).ToList();
        return FieldResult.Suggest(offered.Count == 1 ? "profile.kelurahan.did_you_mean" : "profile.kelurahan.which", offered);
    }

    private static string Digits(string? text) => new([.. (text ?? string.Empty).Where(char.IsAsciiDigit)]);

    [GeneratedRegex(@"^\d{13}$")]
    private static partial Regex Nib();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
