using System.Globalization;
using Bot.Core.Admin;
using Bot.Core.Audit;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;
using Bot.Core.Messaging;
using Bot.Core.Profiles;

namespace Bot.Core.Training.Admin;

/// <summary>
/// /hadir (admins): one button per registrant of a session. A button says what it does ("…ya" marks present,
/// "…tidak" unmarks), so pressing it twice leaves the same result.
/// </summary>
public sealed class AttendanceCommand : IBotCommand
{
    public IReadOnlyList<string> Names { get; } = [TrainingCommands.Attendance];

    public string DescriptionKey => "training.command.attendance";

    public Role Requires => Role.Admin;

    public CommandKind Kind => CommandKind.Anywhere;

    public void Execute(UpdateContext context, string arguments)
    {
        var parts = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            AdminPicker.Sessions(context, TrainingCommands.Attendance, s => s.Status != SessionStatus.Cancelled && s.StartUtc <= context.NowUtc.AddDays(1));
            return;
        }

        var database = context.Session.Database;
        if (TrainingStore.Session(database, parts[0]) is not { Status: not SessionStatus.Cancelled } session)
        {
            context.ReplyKey("training.admin.unknown_session");
            return;
        }

        if (parts is [_, var code, var mark and ("ya" or "tidak")])
        {
            var registration = TrainingStore.ByCode(database, code);
            if (registration is null || registration.SessionId != session.Id || !registration.HoldsSeat)
            {
                context.ReplyKey("training.attendance.unknown_code", code);
                return;
            }

            var present = mark == "ya";
            var marked = registration with
            {
                Status = present ? RegistrationStatus.Attended : RegistrationStatus.Registered,
                AttendedUtc = present ? registration.AttendedUtc ?? context.NowUtc : null,
            };
            if (marked != registration)
            {
                TrainingStore.Registrations(database).Update(marked);
                AuditLog.Record(context, present ? "training.attended" : "training.not_attended", registration.Code, registration, marked, registration.SellerId);
            }
        }

        Show(context, session);
    }

    private static void Show(UpdateContext context, TrainingSession session)
    {
        var t = context.T;
        var database = context.Session.Database;
        var seated = TrainingStore.OfSession(database, session.Id).Where(r => r.HoldsSeat).ToList();
        var id = session.Id.ToString(CultureInfo.InvariantCulture);
        var rows = seated.Select(r =>
        {
            var present = r.Status == RegistrationStatus.Attended;
            var name = ProfileStore.Find(database, r.SellerId)?.OwnerName ?? r.Code;
            return (IReadOnlyList<Button>)[new Button($"{(present ? "✅" : "⬜")} {name} ({r.Code})", $"/{TrainingCommands.Attendance} {id} {r.Code} {(present ? "tidak" : "ya")}")];
        }).ToList();
        var text = t.Format("training.attendance.title", AdminPicker.SessionLabel(t, database, session), seated.Count(r => r.Status == RegistrationStatus.Attended), seated.Count);
        context.Reply(new OutboundMessage { Text = seated.Count == 0 ? text + "\n\n" + t["training.attendance.nobody"] : text, Buttons = rows });
    }
}
