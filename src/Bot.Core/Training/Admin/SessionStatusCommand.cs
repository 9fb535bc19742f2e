using System.Globalization;
using Bot.Core.Admin;
using Bot.Core.Audit;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;
using Bot.Core.Messaging;

namespace Bot.Core.Training.Admin;

/// <summary>
/// /sesi_tutup and /sesi_batal (admins): pick, confirm, apply. Closing stops new sign-ups; cancelling tells
/// everyone registered or waitlisted, and no reminders go out for it.
/// </summary>
public sealed class SessionStatusCommand(string name, SessionStatus target) : IBotCommand
{
    public IReadOnlyList<string> Names { get; } = [name];

    public string DescriptionKey => "training.command." + name;

    public Role Requires => Role.Admin;

    public CommandKind Kind => CommandKind.Anywhere;

    public void Execute(UpdateContext context, string arguments)
    {
        var parts = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            AdminPicker.Sessions(context, name, s => s.Status < target && s.StartUtc > context.NowUtc);
            return;
        }

        var t = context.T;
        var database = context.Session.Database;
        if (TrainingStore.Session(database, parts[0]) is not { } session)
        {
            context.ReplyKey("training.admin.unknown_session");
            return;
        }

        var label = AdminPicker.SessionLabel(t, database, session);
        if (session.Status >= target)
        {
            context.ReplyKey("training.admin.session_already", label);
            return;
        }

        if (parts is not [_, "ya"])
        {
            var signedUp = TrainingStore.OfSession(database, session.Id).Count(r => r.Status is RegistrationStatus.Registered or RegistrationStatus.Waitlisted);
            context.Reply(new OutboundMessage
            {
                Text = t.Format("training.admin." + name + ".confirm", label, signedUp),
                Buttons = [[new Button(t["training.admin.confirm_yes"], $"/{name} {session.Id.ToString(CultureInfo.InvariantCulture)} ya")]],
            });
            return;
        }

        if (target == SessionStatus.Cancelled)
        {
            Enrolment.CancelSession(context.Session, session);
        }
        else
        {
            TrainingStore.Sessions(database).Update(session with { Status = target });
        }

        AuditLog.Record(
            context, target == SessionStatus.Cancelled ? "training.session_cancel" : "training.session_close", SessionChanges.SubjectOf(session),
            session, session with { Status = target });

        context.ReplyKey("training.admin." + name + ".done", label);
    }
}
