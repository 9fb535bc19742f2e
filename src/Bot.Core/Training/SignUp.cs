using Bot.Core.Conversations;
using Bot.Core.Profiles;

namespace Bot.Core.Training;

/// <summary>The confirm step of /daftar: every rule checked again, on the writer thread, then a seat or the waitlist.</summary>
internal static class SignUp
{
    public static string RefusalKey(SignUpCheck check) => check switch
    {
        SignUpCheck.Started => "training.refused.started",
        SignUpCheck.Closed => "training.refused.closed",
        SignUpCheck.Cancelled => "training.refused.cancelled",
        SignUpCheck.DeadlinePassed => "training.refused.deadline",
        _ => "training.refused.unknown",
    };

    /// <param name="profileValues">The profile answers when they were asked or changed; null to use the saved profile.</param>
    public static void Confirm(UpdateContext context, string programId, string sessionId, IReadOnlyDictionary<string, string>? profileValues)
    {
        var t = context.T;
        var database = context.Session.Database;
        var program = TrainingStore.Program(database, programId);
        var session = TrainingStore.Session(database, sessionId);
        var check = session?.ProgramId == program?.Id ? Enrolment.Check(program, session, context.NowUtc) : SignUpCheck.Unknown;
        if (check != SignUpCheck.Open)
        {
            context.Reply(MainMenu.Message(t, t[RefusalKey(check)]));
            return;
        }

        var sellerId = SellerProfile.KeyOf(context.Update.Platform, context.Update.SenderId);
        if (Enrolment.ActiveOf(context.Session, sellerId, session!.Id) is { } existing)
        {
            context.Reply(TrainingNotices.WithSchedule(t, t.Format("training.refused.duplicate", existing.Code)));
            return;
        }

        var profile = profileValues is not null
            ? ProfileForm.Save(context, profileValues)
            : ProfileStore.Collection(database).FindById(sellerId);
        if (profile is null)
        {
            context.Reply(MainMenu.Message(t, t["training.refused.no_profile"]));
            return;
        }

        var registration = Enrolment.Enrol(context.Session, sellerId, context.Update.Chat, session);
        var details = SessionText.Details(t, program, session);
        context.Reply(TrainingNotices.WithSchedule(t, registration.Status == RegistrationStatus.Registered
            ? t.Format("training.signup.registered", registration.Code, details)
            : t.Format("training.signup.waitlisted", registration.Code, Enrolment.WaitlistPosition(context.Session, registration), details)));
    }
}
