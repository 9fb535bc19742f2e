using Bot.Core.Curation;
using Bot.Core.ExportFaq;
using Bot.Core.Localization;
using Bot.Core.Profiles;
using Bot.Core.Storage;
using Bot.Core.Training;
using LiteDB;

namespace Bot.Core.Statistics;

/// <summary>
/// Computes /statistik from the collections. Counts use indexes (sellers by consent version, submissions by state
/// and decision time); the registrations are read once, in one pass, whatever the number of sessions.
/// </summary>
public sealed class StatisticsCalculator
{
    /// <summary>Weeks of curator decisions shown, the current one included.</summary>
    public const int Weeks = 4;

    public const int MaxSessions = 15;
    public const int MaxTopics = 5;
    public static readonly TimeSpan RecentSessions = TimeSpan.FromDays(30);

    public BotStatistics Compute(BotDatabase database, DateTime nowUtc) =>
        new(nowUtc, Sellers(database), TrainingOf(database, nowUtc), CurationOf(database, nowUtc), FaqOf(database));

    private static SellerFigures Sellers(BotDatabase database)
    {
        var profiles = ProfileStore.Collection(database);

        // Read from the index alone (one field, the indexed one), never the documents. LiteDB stores an empty string
        // as null; every consent version sorts above both.
        var consented = 0;
        var current = 0;
        foreach (var version in profiles.Query().Where(Query.GT(nameof(SellerProfile.ConsentVersion), string.Empty)).Select(p => p.ConsentVersion).ToEnumerable())
        {
            consented++;
            current += version == ProfileForm.ConsentVersion ? 1 : 0;
        }

        return new SellerFigures(profiles.Count(), consented, current);
    }

    private static TrainingFigures TrainingOf(BotDatabase database, DateTime nowUtc)
    {
        var seats = new Dictionary<int, (int Seated, int Waitlisted, int Attended)>();
        foreach (var registration in TrainingStore.Registrations(database).FindAll())
        {
            var (seated, waitlisted, attended) = seats.GetValueOrDefault(registration.SessionId);
            seats[registration.SessionId] = registration.Status switch
            {
                RegistrationStatus.Registered => (seated + 1, waitlisted, attended),
                RegistrationStatus.Attended => (seated + 1, waitlisted, attended + 1),
                RegistrationStatus.Waitlisted => (seated, waitlisted + 1, attended),
                _ => (seated, waitlisted, attended),
            };
        }

        var sessions = TrainingStore.Sessions(database).FindAll().Select(s =>
        {
            var (seated, waitlisted, attended) = seats.GetValueOrDefault(s.Id);
            return new SessionFigures(s.Id, s.ProgramId, s.StartUtc, s.EndUtc, s.Status, s.Capacity, seated, waitlisted, attended);
        }).ToList();
        var programs = TrainingStore.Programs(database).FindAll().OrderBy(p => p.Id)
            .Select(p => ProgramOf(p.Id, p.Name, p.Status, sessions.Where(s => s.ProgramId == p.Id), nowUtc))
            .ToList();
        var shown = sessions.Where(s => s.EndUtc > nowUtc - RecentSessions).OrderBy(s => s.StartUtc).ThenBy(s => s.SessionId).Take(MaxSessions).ToList();
        return new TrainingFigures(ProgramOf(0, string.Empty, ProgramStatus.Open, sessions, nowUtc), programs, shown);
    }

    // Cancelled sessions count nowhere: their registrations never met. Waitlists count while the session is to come.
    private static ProgramFigures ProgramOf(int id, string name, ProgramStatus status, IEnumerable<SessionFigures> sessions, DateTime nowUtc)
    {
        var held = sessions.Where(s => s.Status != SessionStatus.Cancelled).ToList();
        var waitlisted = held.Where(s => s.EndUtc > nowUtc).Sum(s => s.Waitlisted);
        return new ProgramFigures(
            id, name, status, held.Count, held.Sum(s => s.Seated) + waitlisted, held.Sum(s => s.Seated), held.Sum(s => s.Capacity), waitlisted,
            held.Sum(s => s.Attended), held.Where(s => s.EndUtc <= nowUtc).Sum(s => s.Seated));
    }

    private static CurationFigures CurationOf(BotDatabase database, DateTime nowUtc)
    {
        var submissions = SubmissionStore.Collection(database);
        int InState(SubmissionState state) => submissions.Count(Query.EQ(nameof(Submission.State), state.ToString()));

        var thisMonday = MondayOf(DateOnly.FromDateTime(Wib.ToWib(nowUtc)));
        var firstMonday = thisMonday.AddDays(-7 * (Weeks - 1));
        var windowStartUtc = Wib.ToUtc(firstMonday.ToDateTime(TimeOnly.MinValue));
        var weeks = new int[Weeks, 3];
        var durations = new List<TimeSpan>();

        // A decision in the window makes the submission's latest decision time fall in it too: the index finds them all.
        foreach (var submission in submissions.Find(Query.GTE(nameof(Submission.DecidedUtc), windowStartUtc)))
        {
            foreach (var decision in submission.Decisions.Where(d => d.AtUtc >= windowStartUtc && d.AtUtc <= nowUtc))
            {
                var week = (MondayOf(DateOnly.FromDateTime(Wib.ToWib(decision.AtUtc))).DayNumber - firstMonday.DayNumber) / 7;
                weeks[week, (int)decision.Outcome]++;
                if (SubmittedUtc(submission, decision.Version) is { } submitted && decision.AtUtc >= submitted)
                {
                    durations.Add(decision.AtUtc - submitted);
                }
            }
        }

        var perWeek = Enumerable.Range(0, Weeks).Select(w => new WeekFigures(
            firstMonday.AddDays(7 * w),
            weeks[w, 0] + weeks[w, 1] + weeks[w, 2],
            weeks[w, (int)DecisionOutcome.Approved],
            weeks[w, (int)DecisionOutcome.NeedsRevision],
            weeks[w, (int)DecisionOutcome.Rejected])).ToList();
        return new CurationFigures(
            InState(SubmissionState.Submitted), InState(SubmissionState.InReview), InState(SubmissionState.Approved),
            InState(SubmissionState.NeedsRevision), InState(SubmissionState.Rejected), perWeek, Median(durations), durations.Count);
    }

    private static FaqFigures FaqOf(BotDatabase database)
    {
        var days = FaqUsage.Days(database).FindAll().ToList();
        var top = days.SelectMany(d => d.Topics)
            .GroupBy(t => t.Key, t => t.Value)
            .Select(g => new KeyValuePair<string, int>(g.Key, g.Sum()))
            .OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal)
            .Take(MaxTopics)
            .ToList();
        var forwarded = FaqStore.Unanswered(database);
        var feedback = FaqStore.Feedback(database);
        return new FaqFigures(
            days.Sum(d => d.Answered), days.Sum(d => d.Unknown), days.Sum(d => d.OutOfScope),
            forwarded.Count(), forwarded.Count(q => q.AnsweredUtc != null), top,
            feedback.Count(Query.EQ(nameof(FaqFeedback.Helpful), true)), feedback.Count(Query.EQ(nameof(FaqFeedback.Helpful), false)));
    }

    /// <summary>When the decided version was sent: the current one's time, or an earlier one's from the history.</summary>
    private static DateTime? SubmittedUtc(Submission submission, int version) =>
        version == submission.Version ? submission.SubmittedUtc : submission.Revisions.FirstOrDefault(r => r.Version == version)?.SubmittedUtc;

    private static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static TimeSpan? Median(List<TimeSpan> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
