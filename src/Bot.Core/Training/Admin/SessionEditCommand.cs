using System.Globalization;
using Bot.Core.Admin;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;
using Bot.Core.Conversations.Forms;

namespace Bot.Core.Training.Admin;

/// <summary>/sesi_ubah (admins): pick a session, then change its time, place, seats or deadline from the summary.</summary>
public sealed class SessionEditCommand(FormEngine forms) : IBotCommand
{
    public IReadOnlyList<string> Names { get; } = [TrainingCommands.EditSession];

    public string DescriptionKey => "training.command.session_edit";

    public Role Requires => Role.Admin;

    public CommandKind Kind => CommandKind.StartsForm;

    public void Execute(UpdateContext context, string arguments)
    {
        if (arguments.Length == 0)
        {
            AdminPicker.Sessions(context, TrainingCommands.EditSession, s => s.Status != SessionStatus.Cancelled && s.StartUtc > context.NowUtc);
            return;
        }

        if (TrainingStore.Session(context.Session.Database, arguments) is not { Status: not SessionStatus.Cancelled } session)
        {
            context.ReplyKey("training.admin.unknown_session");
            return;
        }

        forms.Start(context, SessionForm.FormName, new Dictionary<string, string>
        {
            [SessionForm.EditedKey] = session.Id.ToString(CultureInfo.InvariantCulture),
            ["start"] = SessionForm.WibText(session.StartUtc),
            ["end"] = SessionForm.WibText(session.EndUtc),
            ["place"] = session.Place,
            ["capacity"] = session.Capacity.ToString(CultureInfo.InvariantCulture),
            ["deadline"] = SessionForm.WibText(session.DeadlineUtc),
        });
    }
}
