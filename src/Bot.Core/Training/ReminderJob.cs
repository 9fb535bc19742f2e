using Bot.Core.Conversations;
using Bot.Core.Localization;
using LiteDB;
using Microsoft.Extensions.Options;

namespace Bot.Core.Training;

/// <summary>
/// Finds due reminders and queues them, marking each registration in the same transaction: a reminder is sent
/// once, never for a cancelled registration or session, and one that fell due while the bot was down goes out
/// at the next scan (until the session starts). Only sessions starting within two days are looked at (indexed), and
/// of those only the ones with a reminder not yet gone through: a scan with nothing due loads no registration.
/// </summary>
public sealed class ReminderJob(IOptions<TrainingOptions> options) : IPipelineJob
{
    public static readonly TimeSpan ShortNotice = TimeSpan.FromHours(2);

    private readonly TimeSpan _reminderTime = options.Value.ReminderTime;

    public string Name => "training-reminders";

    /// <summary>The day-before reminder's time: the configured WIB time on the day before the session.</summary>
    public DateTime DayBeforeUtc(TrainingSession session) =>
        Wib.ToUtc(Wib.ToWib(session.StartUtc).Date.AddDays(-1) + _reminderTime);

    public void Run(WriterSession session)
    {
        var now = session.NowUtc;
        var soon = TrainingStore.Sessions(session.Database)
            .Find(Query.Between(nameof(TrainingSession.StartUtc), now.AddTicks(1), now.AddDays(2)))
            .Where(s => s.Status != SessionStatus.Cancelled)
            .ToList();
        foreach (var trainingSession in soon)
        {
            var dayBefore = DayBeforeUtc(trainingSession);
            var shortNotice = trainingSession.StartUtc - ShortNotice;
            var dueDay = now >= dayBefore && trainingSession.DayBeforeRemindersUtc is null;
            var dueShort = now >= shortNotice && trainingSession.TwoHourRemindersUtc is null;
            if (!dueDay && !dueShort)
            {
                continue;
            }

            Remind(session, trainingSession, dayBefore, shortNotice);
            TrainingStore.Sessions(session.Database).Update(trainingSession with
            {
                DayBeforeRemindersUtc = now >= dayBefore ? trainingSession.DayBeforeRemindersUtc ?? now : null,
                TwoHourRemindersUtc = dueShort ? now : trainingSession.TwoHourRemindersUtc,
            });
        }
    }

    private static void Remind(WriterSession session, TrainingSession trainingSession, DateTime dayBefore, DateTime shortNotice)
    {
        var now = session.NowUtc;
        var registrations = TrainingStore.Registrations(session.Database);
        TrainingProgram? program = null;
        foreach (var registration in TrainingStore.OfSession(session.Database, trainingSession.Id).Where(r => r.Status == RegistrationStatus.Registered))
        {
            var dueShort = now >= shortNotice && registration.TwoHourReminderUtc is null;
            var dueDay = now >= dayBefore && registration.DayBeforeReminderUtc is null;
            if (!dueShort && !dueDay)
            {
                continue;
            }

            // One reminder at a time: when both are due (the bot was down), the nearer one says it all. A seller who
            // got the seat after a reminder's time has just read the details and gets no reminder for it.
            var key = dueShort ? "training.reminder.two_hours" : "training.reminder.day_before";
            var dueAt = dueShort ? shortNotice : dayBefore;
            if (registration.SeatSinceUtc < dueAt)
            {
                program ??= TrainingStore.Programs(session.Database).FindById(trainingSession.ProgramId);
                TrainingNotices.Send(session, registration, t => TrainingNotices.WithSchedule(t,
                    t.Format(key, registration.Code, SessionText.Details(t, program, trainingSession))));
            }

            registrations.Update(registration with
            {
                DayBeforeReminderUtc = registration.DayBeforeReminderUtc ?? now,
                TwoHourReminderUtc = dueShort ? now : registration.TwoHourReminderUtc,
            });
        }
    }
}
