using Bot.Core.Admin;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;
using Bot.Core.Conversations.Forms;

namespace Bot.Core.Training.Admin;

/// <summary>/program_baru (admins): a new programme through the programme form.</summary>
public sealed class ProgramNewCommand(FormEngine forms) : IBotCommand
{
    public IReadOnlyList<string> Names { get; } = [TrainingCommands.NewProgram];

    public string DescriptionKey => "training.command.program_new";

    public Role Requires => Role.Admin;

    public CommandKind Kind => CommandKind.StartsForm;

    public void Execute(UpdateContext context, string arguments) => forms.Start(context, ProgramForm.FormName);
}
