using Bot.Core.Conversations;
using Bot.Core.Curation;
using Bot.Core.Messaging;
using Bot.Core.Profiles;
using Bot.Core.Tests.Support;
using Bot.Core.Tests.Training;
using Bot.Core.Training;

namespace Bot.Core.Tests.Statistics;

/// <summary>Documents written straight into the collections, for numbers worked out by hand.</summary>
internal static class StatisticsSeed
{
    public static Task Seed(TestBot bot, Action<WriterSession> write) => bot.RunJobAsync(new WriteJob(write));

    public static DateTime Utc(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, DateTimeKind.Utc);

    public static SellerProfile Profile(string user, string consentVersion) => new()
    {
        Id = SellerProfile.KeyOf(Platform.Local, user), Platform = Platform.Local, UserId = user, OwnerName = "Pemilik " + user, ConsentVersion = consentVersion,
    };

    public static TrainingSession AddSession(WriterSession session, int program, DateTime start, int capacity, SessionStatus status = SessionStatus.Open)
    {
        var made = new TrainingSession { ProgramId = program, StartUtc = start, EndUtc = start.AddHours(3), Capacity = capacity, DeadlineUtc = start, Status = status };
        return made with { Id = TrainingStore.Sessions(session.Database).Insert(made).AsInt32 };
    }

    public static void Register(WriterSession session, TrainingSession trainingSession, params RegistrationStatus[] statuses)
    {
        foreach (var status in statuses)
        {
            TrainingStore.Registrations(session.Database).Insert(new Registration
            {
                Code = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant(), SellerId = "Local:" + Guid.NewGuid().ToString("N"), SessionId = trainingSession.Id,
                ProgramId = trainingSession.ProgramId, Status = status,
            });
        }
    }

    public static Submission SubmissionOf(SubmissionState state, DateTime submittedUtc, params (int Version, DecisionOutcome Outcome, DateTime AtUtc)[] decisions) => new()
    {
        SellerKey = "Local:" + Guid.NewGuid().ToString("N"),
        State = state,
        SubmittedUtc = submittedUtc,
        QueuedUtc = submittedUtc,
        Decisions = [.. decisions.Select(d => new CurationDecision { Version = d.Version, Outcome = d.Outcome, AtUtc = d.AtUtc, Curator = "Local:8001" })],
        DecidedUtc = decisions.Length == 0 ? null : decisions[^1].AtUtc,
    };
}
