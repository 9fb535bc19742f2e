using System.Security.Cryptography;
using Bot.Core.Conversations;
using Bot.Core.Messaging;

namespace Bot.Core.Training;

/// <summary>
/// The seat rules, applied on the writer thread inside the batch transaction, so seats are counted with every
/// earlier step of the same batch already written: of two sellers racing for the last seat, one gets it.
/// </summary>
public static class Enrolment
{
    private const string CodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static SignUpCheck Check(TrainingProgram? program, TrainingSession? session, DateTime nowUtc) =>
        (program, session) switch
        {
            (null, _) or (_, null) => SignUpCheck.Unknown,
            (_, { Status: SessionStatus.Cancelled }) or ({ Status: ProgramStatus.Cancelled }, _) => SignUpCheck.Cancelled,
            (_, { } s) when s.StartUtc <= nowUtc => SignUpCheck.Started,
            (_, { Status: SessionStatus.Closed }) or ({ Status: ProgramStatus.Closed }, _) => SignUpCheck.Closed,
            (_, { } s) when s.DeadlineUtc <= nowUtc => SignUpCheck.DeadlinePassed,
            _ => SignUpCheck.Open,
        };

    /// <summary>The seller's sign-up for the session that still counts (registered, waitlisted or attended), if any.</summary>
    public static Registration? ActiveOf(WriterSession session, string sellerId, int sessionId) =>
        TrainingStore.OfSeller(session.Database, sellerId).FirstOrDefault(r => r.SessionId == sessionId && r.IsActive);

    /// <summary>A seat while one is free, else a place on the waitlist.</summary>
    public static Registration Enrol(WriterSession session, string sellerId, ChatRef chat, TrainingSession trainingSession)
    {
        var free = TrainingStore.SeatsTaken(session.Database, trainingSession.Id) < trainingSession.Capacity;
        var registration = new Registration
        {
            Code = NewCode(session),
            SellerId = sellerId,
            Platform = chat.Platform,
            ChatId = chat.ChatId,
            SessionId = trainingSession.Id,
            ProgramId = trainingSession.ProgramId,
            Status = free ? RegistrationStatus.Registered : RegistrationStatus.Waitlisted,
            CreatedUtc = session.NowUtc,
        };
        var id = TrainingStore.Registrations(session.Database).Insert(registration);
        return registration with { Id = id.AsInt64 };
    }

    /// <summary>1 for the first in line; 0 when not waitlisted.</summary>
    public static int WaitlistPosition(WriterSession session, Registration registration) =>
        registration.Status != RegistrationStatus.Waitlisted
            ? 0
            : TrainingStore.OfSession(session.Database, registration.SessionId).Count(r => r.Status == RegistrationStatus.Waitlisted && r.Id <= registration.Id);

    /// <summary>Cancels a registration; a freed seat goes to the first on the waitlist, who is told.</summary>
    public static void Cancel(WriterSession session, Registration registration)
    {
        TrainingStore.Registrations(session.Database).Update(registration with { Status = RegistrationStatus.Cancelled, CancelledUtc = session.NowUtc });
        if (registration.HoldsSeat && TrainingStore.Sessions(session.Database).FindById(registration.SessionId) is { } freed)
        {
            Promote(session, freed);
        }
    }

    /// <summary>Fills free seats from the waitlist, in sign-up order, telling each promoted seller.</summary>
    public static void Promote(WriterSession session, TrainingSession trainingSession)
    {
        if (trainingSession.Status == SessionStatus.Cancelled || trainingSession.StartUtc <= session.NowUtc)
        {
            return;
        }

        var all = TrainingStore.OfSession(session.Database, trainingSession.Id);
        var free = trainingSession.Capacity - all.Count(r => r.HoldsSeat);
        var program = TrainingStore.Programs(session.Database).FindById(trainingSession.ProgramId);
        foreach (var waiting in all.Where(r => r.Status == RegistrationStatus.Waitlisted).Take(Math.Max(0, free)))
        {
            var promoted = waiting with { Status = RegistrationStatus.Registered, PromotedUtc = session.NowUtc };
            TrainingStore.Registrations(session.Database).Update(promoted);
            TrainingNotices.Send(session, promoted, t => TrainingNotices.WithSchedule(t,
                t.Format("training.notice.promoted", promoted.Code, SessionText.Details(t, program, trainingSession))));
        }
    }

    /// <summary>Calls a session off and tells everyone registered or waitlisted.</summary>
    public static void CancelSession(WriterSession session, TrainingSession trainingSession)
    {
        var cancelled = trainingSession with { Status = SessionStatus.Cancelled };
        TrainingStore.Sessions(session.Database).Update(cancelled);
        var program = TrainingStore.Programs(session.Database).FindById(trainingSession.ProgramId);
        foreach (var registration in TrainingStore.OfSession(session.Database, trainingSession.Id)
            .Where(r => r.Status is RegistrationStatus.Registered or RegistrationStatus.Waitlisted))
        {
            TrainingNotices.Send(session, registration, t => TrainingNotices.WithSchedule(t,
                t.Format("training.notice.session_cancelled", registration.Code, SessionText.Details(t, program, cancelled))));
        }
    }

    private static string NewCode(WriterSession session)
    {
        var registrations = TrainingStore.Registrations(session.Database);
        while (true)
        {
            var code = RandomNumberGenerator.GetString(CodeAlphabet, 6);
            if (registrations.FindOne(LiteDB.Query.EQ(nameof(Registration.Code), code)) is null)
            {
                return code;
            }
        }
    }
}
