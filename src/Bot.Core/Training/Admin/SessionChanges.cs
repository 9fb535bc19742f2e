using System.Globalization;
using Bot.Core.Audit;
using Bot.Core.Conversations;
using Bot.Core.Messaging;

namespace Bot.Core.Training.Admin;

/// <summary>Saves the session form. A change of time or place is told to everyone signed up; more seats promote the waitlist.</summary>
internal static class SessionChanges
{
    /// <summary>How audit rows name a session.</summary>
    public static string SubjectOf(TrainingSession session) => "session:" + session.Id.ToString(CultureInfo.InvariantCulture);

    public static void Save(UpdateContext context, IReadOnlyDictionary<string, string> values)
    {
        var database = context.Session.Database;
        var sessions = TrainingStore.Sessions(database);
        var start = SessionForm.Utc(values["start"]);
        var place = values["place"];
        var online = place.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || place.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        var details = new TrainingSession
        {
            StartUtc = start,
            EndUtc = SessionForm.Utc(values["end"]),
            Venue = online ? null : place,
            OnlineLink = online ? place : null,
            Capacity = int.Parse(values["capacity"], CultureInfo.InvariantCulture),
            DeadlineUtc = values.TryGetValue("deadline", out var deadline) ? SessionForm.Utc(deadline) : start,
        };

        TrainingSession saved;
        if (values.TryGetValue(SessionForm.EditedKey, out var edited))
        {
            if (TrainingStore.Session(database, edited) is not { } before || before.Status == SessionStatus.Cancelled)
            {
                context.ReplyKey("training.admin.unknown_session");
                return;
            }

            saved = details with { Id = before.Id, ProgramId = before.ProgramId, Status = before.Status };
            sessions.Update(saved);
            AuditLog.Record(context, "training.session_edit", SubjectOf(saved), before, saved);
            Changed(context.Session, before, saved);
        }
        else
        {
            if (TrainingStore.Program(database, values.GetValueOrDefault("program")) is not { Status: not ProgramStatus.Cancelled } program)
            {
                context.ReplyKey("training.admin.unknown_program");
                return;
            }

            saved = details with { ProgramId = program.Id, Status = SessionStatus.Open };
            saved = saved with { Id = sessions.Insert(saved).AsInt32 };
            AuditLog.Record(context, "training.session_new", SubjectOf(saved), after: saved);
        }

        var id = saved.Id.ToString(CultureInfo.InvariantCulture);
        var t = context.T;
        context.Reply(new OutboundMessage
        {
            Text = t.Format("training.session_form.saved", id, SessionText.Details(t, TrainingStore.Programs(database).FindById(saved.ProgramId), saved), saved.Capacity),
            Buttons = [[new Button(t["training.admin.show_registrants"], $"/{TrainingCommands.Registrants} {id}")]],
        });
    }

    private static void Changed(WriterSession session, TrainingSession before, TrainingSession after)
    {
        var registrations = TrainingStore.Registrations(session.Database);
        var moved = before.StartUtc != after.StartUtc || before.EndUtc != after.EndUtc || before.Place != after.Place;
        if (moved)
        {
            var program = TrainingStore.Programs(session.Database).FindById(after.ProgramId);
            foreach (var registration in TrainingStore.OfSession(session.Database, after.Id)
                .Where(r => r.Status is RegistrationStatus.Registered or RegistrationStatus.Waitlisted))
            {
                TrainingNotices.Send(session, registration, t => TrainingNotices.WithSchedule(t,
                    t.Format("training.notice.session_changed", registration.Code, SessionText.Details(t, program, after))));
                if (before.StartUtc != after.StartUtc)
                {
                    // New time, new reminders.
                    registrations.Update(registration with { DayBeforeReminderUtc = null, TwoHourReminderUtc = null });
                }
            }
        }

        if (after.Capacity > before.Capacity)
        {
            Enrolment.Promote(session, after);
        }
    }
}
