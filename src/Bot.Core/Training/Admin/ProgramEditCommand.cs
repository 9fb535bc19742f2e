using System.Globalization;
using Bot.Core.Admin;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;
using Bot.Core.Conversations.Forms;

namespace Bot.Core.Training.Admin;

/// <summary>/program_ubah (admins): pick a programme, then change any of its texts from the form's summary.</summary>
public sealed class ProgramEditCommand(FormEngine forms) : IBotCommand
{
    public IReadOnlyList<string> Names { get; } = [TrainingCommands.EditProgram];

    public string DescriptionKey => "training.command.program_edit";

    public Role Requires => Role.Admin;

    public CommandKind Kind => CommandKind.StartsForm;

    public void Execute(UpdateContext context, string arguments)
    {
        if (arguments.Length == 0)
        {
            AdminPicker.Programs(context, TrainingCommands.EditProgram, p => p.Status != ProgramStatus.Cancelled);
            return;
        }

        if (TrainingStore.Program(context.Session.Database, arguments) is not { Status: not ProgramStatus.Cancelled } program)
        {
            context.ReplyKey("training.admin.unknown_program");
            return;
        }

        var values = new Dictionary<string, string>
        {
            [ProgramForm.EditedKey] = program.Id.ToString(CultureInfo.InvariantCulture),
            ["name"] = program.Name,
            ["organiser"] = program.Organiser,
        };
        if (program.Description is { } description)
        {
            values["description"] = description;
        }

        forms.Start(context, ProgramForm.FormName, values);
    }
}
