using System.Globalization;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Forms;
using Bot.Core.Localization;

namespace Bot.Core.Training.Admin;

/// <summary>
/// A new session, or an existing one's details (/sesi_ubah fills the answers in). Times are typed in WIB and kept
/// in the form as "yyyy-MM-dd HH:mm" WIB. Changing the start drops an end or deadline it would contradict, so
/// those are asked again before the summary.
/// </summary>
public sealed class SessionForm : FormDefinition
{
    /// <summary>The command that opens it, so the expiry message tells admins to type /sesi_baru.</summary>
    public const string FormName = TrainingCommands.NewSession;

    /// <summary>Set by /sesi_ubah: the session being changed; its programme is not asked.</summary>
    public const string EditedKey = "edited_session";

    internal const string WibFormat = "yyyy-MM-dd HH:mm";

    public override string Name => FormName;

    public override string TitleKey => "training.session_form.title";

    public override IReadOnlyList<FormField> Fields { get; } =
    [
        new()
        {
            Key = "program", PromptKey = "training.session_form.program.prompt", LabelKey = "training.session_form.program.label", ChoicesPerRow = 1,
            SkipWhen = values => values.ContainsKey(EditedKey),
            ChoicesFrom = context => [.. TrainingStore.Programs(context.Session.Database).Find(p => p.Status != ProgramStatus.Cancelled)
                .OrderBy(p => p.Id).Select(p => Choice.Literal(p.Id.ToString(CultureInfo.InvariantCulture), p.Name))],
            Display = (value, context) => TrainingStore.Program(context.Session.Database, value)?.Name ?? value,
        },
        new()
        {
            Key = "start", PromptKey = "training.session_form.start.prompt", LabelKey = "training.session_form.start.label", ExampleKey = "training.session_form.start.example",
            Parse = ParseStart, Display = DisplayTime,
        },
        new()
        {
            Key = "end", PromptKey = "training.session_form.end.prompt", LabelKey = "training.session_form.end.label", ExampleKey = "training.session_form.end.example",
            Parse = ParseEnd, Display = DisplayTime,
        },
        new()
        {
            Key = "place", PromptKey = "training.session_form.place.prompt", LabelKey = "training.session_form.place.label", ExampleKey = "training.session_form.place.example",
            Parse = input => AdminText.Length(input, 3, 300),
        },
        new()
        {
            Key = "capacity", PromptKey = "training.session_form.capacity.prompt", LabelKey = "training.session_form.capacity.label", ExampleKey = "training.session_form.capacity.example",
            Parse = input => int.TryParse(input.Text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 10000
                ? FieldResult.Ok(n.ToString(CultureInfo.InvariantCulture))
                : FieldResult.Invalid("training.session_form.capacity.invalid"),
        },
        new()
        {
            Key = "deadline", PromptKey = "training.session_form.deadline.prompt", LabelKey = "training.session_form.deadline.label",
            ExampleKey = "training.session_form.deadline.example", Optional = true,
            Parse = ParseDeadline, Display = DisplayTime,
        },
    ];

    public override void Complete(UpdateContext context, IReadOnlyDictionary<string, string> values) => SessionChanges.Save(context, values);

    internal static DateTime Utc(string wib) =>
        Wib.ToUtc(DateTime.ParseExact(wib, WibFormat, CultureInfo.InvariantCulture, DateTimeStyles.None));

    internal static string WibText(DateTime utc) => Wib.ToWib(utc).ToString(WibFormat, CultureInfo.InvariantCulture);

    private static string DisplayTime(string value, UpdateContext context) => Wib.Format(Utc(value), context.T.Language);

    private static FieldResult ParseStart(FieldInput input)
    {
        var context = input.Context!;
        if (!Wib.TryParse(input.Text, out var start))
        {
            return FieldResult.Invalid("training.session_form.time.invalid");
        }

        if (start <= context.NowUtc)
        {
            return FieldResult.Invalid("training.session_form.start.past");
        }

        // An end or deadline the new start contradicts is dropped, so the form asks for it again.
        var fields = context.Conversation.Fields;
        if (fields.TryGetValue("end", out var end) && Utc(end) <= start)
        {
            fields.Remove("end");
        }

        if (fields.TryGetValue("deadline", out var deadline) && Utc(deadline) > start)
        {
            fields.Remove("deadline");
        }

        return FieldResult.Ok(WibText(start));
    }

    private static FieldResult ParseEnd(FieldInput input)
    {
        var context = input.Context!;
        var start = Utc(context.Conversation.Fields["start"]);
        var text = input.Text?.Trim() ?? string.Empty;
        DateTime end;
        if (TimeSpan.TryParseExact(text.Replace('.', ':'), ["h\\:mm", "hh\\:mm"], CultureInfo.InvariantCulture, out var time) && time < TimeSpan.FromDays(1))
        {
            end = Wib.ToUtc(Wib.ToWib(start).Date + time);
        }
        else if (!Wib.TryParse(text, out end))
        {
            return FieldResult.Invalid("training.session_form.end.invalid");
        }

        return end > start ? FieldResult.Ok(WibText(end)) : FieldResult.Invalid("training.session_form.end.before_start", DisplayTime(WibText(start), context));
    }

    private static FieldResult ParseDeadline(FieldInput input)
    {
        var context = input.Context!;
        if (!Wib.TryParse(input.Text, out var deadline))
        {
            return FieldResult.Invalid("training.session_form.time.invalid");
        }

        var start = Utc(context.Conversation.Fields["start"]);
        return deadline <= start ? FieldResult.Ok(WibText(deadline)) : FieldResult.Invalid("training.session_form.deadline.after_start", DisplayTime(WibText(start), context));
    }
}
