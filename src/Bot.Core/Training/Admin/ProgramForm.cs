using System.Globalization;
using Bot.Core.Audit;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Forms;
using Bot.Core.Messaging;

namespace Bot.Core.Training.Admin;

/// <summary>A new programme, or an existing one's texts (then /program_ubah fills the answers in and the summary shows first).</summary>
public sealed class ProgramForm : FormDefinition
{
    /// <summary>The command that opens it, so the expiry message tells admins to type /program_baru.</summary>
    public const string FormName = TrainingCommands.NewProgram;

    /// <summary>Set by /program_ubah: the programme being changed.</summary>
    public const string EditedKey = "edited_program";

    public override string Name => FormName;

    public override string TitleKey => "training.program_form.title";

    public override IReadOnlyList<FormField> Fields { get; } =
    [
        new()
        {
            Key = "name", PromptKey = "training.program_form.name.prompt", LabelKey = "training.program_form.name.label", ExampleKey = "training.program_form.name.example",
            Parse = input => AdminText.Length(input, 3, 100),
        },
        new()
        {
            Key = "organiser", PromptKey = "training.program_form.organiser.prompt", LabelKey = "training.program_form.organiser.label", ExampleKey = "training.program_form.organiser.example",
            Parse = input => AdminText.Length(input, 2, 100),
        },
        new()
        {
            Key = "description", PromptKey = "training.program_form.description.prompt", LabelKey = "training.program_form.description.label",
            ExampleKey = "training.program_form.description.example", Optional = true,
            Parse = input => AdminText.Length(input, 5, 500),
        },
    ];

    /// <summary>How audit rows name a programme.</summary>
    public static string SubjectOf(TrainingProgram program) => "program:" + program.Id.ToString(CultureInfo.InvariantCulture);

    public override void Complete(UpdateContext context, IReadOnlyDictionary<string, string> values)
    {
        var programs = TrainingStore.Programs(context.Session.Database);
        TrainingProgram program;
        if (values.TryGetValue(EditedKey, out var edited))
        {
            if (TrainingStore.Program(context.Session.Database, edited) is not { } existing)
            {
                context.ReplyKey("training.admin.unknown_program");
                return;
            }

            program = existing with { Name = values["name"], Organiser = values["organiser"], Description = values.GetValueOrDefault("description") };
            programs.Update(program);
            AuditLog.Record(context, "training.program_edit", SubjectOf(program), existing, program);
        }
        else
        {
            program = new TrainingProgram
            {
                Name = values["name"], Organiser = values["organiser"], Description = values.GetValueOrDefault("description"),
                Status = ProgramStatus.Open, CreatedUtc = context.NowUtc,
            };
            program = program with { Id = programs.Insert(program).AsInt32 };
            AuditLog.Record(context, "training.program_new", SubjectOf(program), after: program);
        }

        var id = program.Id.ToString(CultureInfo.InvariantCulture);
        context.Reply(new OutboundMessage
        {
            Text = context.T.Format("training.program_form.saved", id, program.Name),
            Buttons = [[new Button(context.T["training.admin.add_session"], $"/{TrainingCommands.NewSession} {id}")]],
        });
    }
}
