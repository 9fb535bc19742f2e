using System.Globalization;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Forms;
using Bot.Core.Localization;
using Bot.Core.Privacy;
using Bot.Core.Profiles;

namespace Bot.Core.Training;

/// <summary>
/// /daftar: programme → session → (waitlist, when full) → the seller's data → summary → confirmation with a code.
/// A known profile is shown once with "pakai data ini" / "ubah data"; an unknown one is asked with the profile's
/// own questions, consent included. Everything is checked again when the seller confirms.
/// </summary>
public sealed class SignUpForm(ConsentWithdrawal withdrawal) : FormDefinition
{
    public const string FormName = "daftar";

    /// <summary>Set by /daftar when the seller has a saved profile; its values are filled in beside it.</summary>
    public const string KnownProfileKey = "known_profile";

    public const string UseProfile = "pakai";
    public const string EditProfile = "ubah";

    /// <summary>Marks a chosen session that was full: the seller is asked to join the waitlist.</summary>
    private const char FullMark = 'w';

    public override string Name => FormName;

    public override string TitleKey => "training.signup.title";

    public override IReadOnlyList<FormField> Fields { get; } =
    [
        new()
        {
            Key = "program", PromptKey = "training.signup.program.prompt", LabelKey = "training.signup.program.label", ChoicesPerRow = 1,
            ChoicesFrom = context => [.. TrainingCatalogue.OpenPrograms(context.Session.Database, context.NowUtc)
                .Select(p => Choice.Literal(p.Id.ToString(CultureInfo.InvariantCulture), $"{p.Name} — {p.Organiser}"))],
            Parse = ChooseProgram,
            Display = (value, context) => TrainingStore.Program(context.Session.Database, value)?.Name ?? value,
        },
        new()
        {
            Key = "session", PromptKey = "training.signup.session.prompt", LabelKey = "training.signup.session.label", ChoicesPerRow = 1,
            PromptArgs = context => [ProgramOf(context)?.Name],
            ChoicesFrom = SessionChoices,
            Parse = ChooseSession,
            Display = DisplaySession,
        },
        new()
        {
            Key = "waitlist", PromptKey = "training.signup.waitlist.prompt", LabelKey = string.Empty,
            Choices = [new("ya", "training.signup.waitlist.yes")], ChoicesPerRow = 1,
            SkipWhen = values => !IsFull(values.GetValueOrDefault("session")),
        },
        new()
        {
            Key = "profile_use", PromptKey = "training.signup.profile.prompt", LabelKey = "training.signup.profile.label", ChoicesPerRow = 1,
            Choices = [new(UseProfile, "training.signup.profile.use"), new(EditProfile, "training.signup.profile.edit")],
            SkipWhen = values => !values.ContainsKey(KnownProfileKey),
            PromptArgs = context => [ProfileLines(context.T, StoredProfile(context))],
            Parse = ChooseProfileUse,
            Display = (value, context) => value == UseProfile
                ? ProfileLines(context.T, StoredProfile(context)).Replace("\n", " · ", StringComparison.Ordinal)
                : context.T["training.signup.profile.edited"],
        },
        .. ProfileForm.ProfileFields.Select(field => field with
        {
            SkipWhen = values => values.GetValueOrDefault("profile_use") == UseProfile || field.SkipWhen?.Invoke(values) == true,
        }),
    ];

    public override void Complete(UpdateContext context, IReadOnlyDictionary<string, string> values) =>
        SignUp.Confirm(context, values["program"], SessionId(values["session"]),
            values.ContainsKey("owner") ? values.Where(v => v.Value.Length > 0).ToDictionary() : null);

    /// <summary>Consent refused or withdrawn here means the same as in /profil: everything stored goes too.</summary>
    public override void Aborted(UpdateContext context) => withdrawal.Withdraw(context);

    internal static string SessionId(string value) => value.TrimEnd(FullMark);

    private static bool IsFull(string? value) => value?.EndsWith(FullMark) == true;

    private static TrainingProgram? ProgramOf(UpdateContext context) =>
        TrainingStore.Program(context.Session.Database, context.Conversation.Fields.GetValueOrDefault("program"));

    private static SellerProfile? StoredProfile(UpdateContext context) =>
        ProfileStore.Collection(context.Session.Database).FindById(SellerProfile.KeyOf(context.Update.Platform, context.Update.SenderId));

    private static IReadOnlyList<Choice> SessionChoices(UpdateContext context)
    {
        if (ProgramOf(context) is not { } program)
        {
            return [];
        }

        var database = context.Session.Database;
        return [.. TrainingCatalogue.OpenSessions(database, context.NowUtc, program.Id)
            .Select(s => Choice.Literal(s.Id.ToString(CultureInfo.InvariantCulture), SessionText.ChoiceLabel(context.T, s, TrainingStore.SeatsLeft(database, s))))];
    }

    private static FieldResult ChooseProgram(FieldInput input)
    {
        var context = input.Context!;
        var program = TrainingStore.Program(context.Session.Database, input.Text);
        if (program is null || !TrainingCatalogue.OpenPrograms(context.Session.Database, context.NowUtc).Any(p => p.Id == program.Id))
        {
            return FieldResult.Invalid("form.choose_button");
        }

        // A session chosen for another programme no longer applies: it is asked again.
        var fields = context.Conversation.Fields;
        if (TrainingStore.Session(context.Session.Database, SessionId(fields.GetValueOrDefault("session") ?? string.Empty)) is { } chosen && chosen.ProgramId != program.Id)
        {
            fields.Remove("session");
            fields.Remove("waitlist");
        }

        return FieldResult.Ok(program.Id.ToString(CultureInfo.InvariantCulture));
    }

    private static FieldResult ChooseSession(FieldInput input)
    {
        var context = input.Context!;
        var database = context.Session.Database;
        var program = ProgramOf(context);
        var session = TrainingStore.Session(database, input.Text);
        if (session is null || program is null || session.ProgramId != program.Id)
        {
            return FieldResult.Invalid("form.choose_button");
        }

        var check = Enrolment.Check(program, session, context.NowUtc);
        if (check != SignUpCheck.Open)
        {
            return FieldResult.Invalid(SignUp.RefusalKey(check));
        }

        if (Enrolment.ActiveOf(context.Session, SellerProfile.KeyOf(context.Update.Platform, context.Update.SenderId), session.Id) is { } existing)
        {
            return FieldResult.Invalid("training.refused.duplicate", existing.Code);
        }

        var id = session.Id.ToString(CultureInfo.InvariantCulture);
        return FieldResult.Ok(TrainingStore.SeatsLeft(database, session) > 0 ? id : id + FullMark);
    }

    private static string DisplaySession(string value, UpdateContext context)
    {
        if (TrainingStore.Session(context.Session.Database, SessionId(value)) is not { } session)
        {
            return value;
        }

        var text = $"{SessionText.When(session, context.T.Language)}, {SessionText.Place(context.T, session)}";
        return IsFull(value) ? text + " " + context.T["training.signup.session.waitlist_note"] : text;
    }

    private static FieldResult ChooseProfileUse(FieldInput input)
    {
        if (input.Text == UseProfile)
        {
            return FieldResult.Ok(UseProfile);
        }

        if (input.Text != EditProfile)
        {
            return FieldResult.Invalid("form.choose_button");
        }

        // "Pakai" earlier dropped the filled-in answers (their questions were skipped); bring back the saved ones so
        // the summary shows each with its own "ubah" button instead of asking everything again.
        var context = input.Context!;
        if (StoredProfile(context) is { } profile)
        {
            foreach (var (key, value) in ProfileForm.ValuesOf(profile))
            {
                context.Conversation.Fields.TryAdd(key, value);
            }

            // An optional answer left out before (no NIB) stays left out, rather than being asked again.
            foreach (var field in ProfileForm.ProfileFields.Where(f => f.Optional))
            {
                context.Conversation.Fields.TryAdd(field.Key, string.Empty);
            }
        }

        return FieldResult.Ok(EditProfile);
    }

    private static string ProfileLines(Localizer t, SellerProfile? profile) =>
        profile is null
            ? string.Empty
            : t.Format("training.signup.profile.lines", profile.OwnerName, profile.BusinessName, profile.Phone);
}
