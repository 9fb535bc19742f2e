using System.Globalization;
using Bot.Core.Admin;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;
using Bot.Core.Conversations.Forms;

namespace Bot.Core.Training.Admin;

/// <summary>/sesi_baru [programme] (admins): a new session through the session form.</summary>
public sealed class SessionNewCommand(FormEngine forms) : IBotCommand
{
    public IReadOnlyList<string> Names { get; } = [TrainingCommands.NewSession];

    public string DescriptionKey => "training.command.session_new";

    public Role Requires => Role.Admin;

    public CommandKind Kind => CommandKind.StartsForm;

    public void Execute(UpdateContext context, string arguments)
    {
        var program = TrainingStore.Program(context.Session.Database, arguments);
        var prefill = program is { Status: not ProgramStatus.Cancelled }
            ? new Dictionary<string, string> { ["program"] = program.Id.ToString(CultureInfo.InvariantCulture) }
            : null;
        forms.Start(context, SessionForm.FormName, prefill, askOnlyMissing: true);
    }
}
