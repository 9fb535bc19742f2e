using Bot.Core.Curation;
using Bot.Core.ExportFaq;
using Bot.Core.Localization;
using Bot.Core.Profiles;
using Bot.Core.Statistics;
using Bot.Core.Tests.Support;
using Bot.Core.Tests.Training;
using Bot.Core.Training;
using Microsoft.Extensions.DependencyInjection;
using static Bot.Core.Tests.Statistics.StatisticsSeed;

namespace Bot.Core.Tests.Statistics;

/// <summary>/statistik counts what the collections hold: seeded data with numbers worked out by hand.</summary>
public sealed class StatisticsTests
{
    private const string Admin = "9001";
    private static readonly Localizer T = Texts.Id;

    // Thursday 5 March 2026, 08:00 WIB: this week began Monday 2 March, the four weeks shown on 9 February.
    private static readonly DateTime Now = new(2026, 3, 5, 1, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Sellers_CountedWithConsent_AndWithTheCurrentConsentText()
    {
        await using var bot = await StartAsync();
        await Seed(bot, session =>
        {
            var profiles = ProfileStore.Collection(session.Database);
            profiles.Insert(Profile("1", ProfileForm.ConsentVersion));
            profiles.Insert(Profile("2", ProfileForm.ConsentVersion));
            profiles.Insert(Profile("3", "2025-01-v1"));
            profiles.Insert(Profile("4", string.Empty));
        });

        var sellers = Compute(bot).Sellers;

        Assert.Equal(new SellerFigures(4, 3, 2), sellers);
    }

    [Fact]
    public async Task Training_ByProgrammeAndSession_FillWaitlistAndAttendance_CancelledSessionsLeftOut()
    {
        await using var bot = await StartAsync();
        await Seed(bot, session =>
        {
            var programs = TrainingStore.Programs(session.Database);
            var workshop = programs.Insert(new TrainingProgram { Name = "Workshop Calon Eksportir", Status = ProgramStatus.Open }).AsInt32;
            var halal = programs.Insert(new TrainingProgram { Name = "Pendampingan halal", Status = ProgramStatus.Closed }).AsInt32;
            var ended = AddSession(session, workshop, Now.AddDays(-3), capacity: 4);
            var coming = AddSession(session, workshop, Now.AddDays(4), capacity: 2);
            var called = AddSession(session, halal, Now.AddDays(5), capacity: 10, SessionStatus.Cancelled);
            Register(session, ended, RegistrationStatus.Attended, RegistrationStatus.Attended, RegistrationStatus.Registered, RegistrationStatus.Cancelled, RegistrationStatus.Waitlisted);
            Register(session, coming, RegistrationStatus.Registered, RegistrationStatus.Registered, RegistrationStatus.Waitlisted);
            Register(session, called, RegistrationStatus.Registered);
        });

        var training = Compute(bot).Training;

        // Seats: 3 in the ended session + 2 coming = 5 of 6. The ended session's waitlist no longer counts.
        var workshop = training.Programs[0];
        Assert.Equal(new ProgramFigures(workshop.ProgramId, "Workshop Calon Eksportir", ProgramStatus.Open, 2, 6, 5, 6, 1, 2, 3), workshop);
        Assert.Equal(5.0 / 6, workshop.FillRate, 6);
        Assert.Equal(2.0 / 3, workshop.AttendanceRate, 6);
        var halal = training.Programs[1];
        Assert.Equal((0, 0, 0, 0), (halal.Sessions, halal.Registrations, halal.Capacity, halal.Waitlisted));
        Assert.Equal((2, 6, 5, 6, 1, 2, 3), (training.Total.Sessions, training.Total.Registrations, training.Total.Seated, training.Total.Capacity,
            training.Total.Waitlisted, training.Total.Attended, training.Total.SeatedInEnded));
        Assert.Equal([(3, 1, 2), (2, 1, 0), (1, 0, 0)], training.Sessions.Select(s => (s.Seated, s.Waitlisted, s.Attended)));
        Assert.Equal(1.0, training.Sessions[1].FillRate);
    }

    [Fact]
    public async Task Curation_QueueDecisionsPerWeek_AndMedianTimeFromSubmissionToDecision()
    {
        await using var bot = await StartAsync();
        await Seed(bot, session =>
        {
            var submissions = SubmissionStore.Collection(session.Database);
            submissions.Insert(SubmissionOf(SubmissionState.Submitted, Utc(3, 4, 0)));
            submissions.Insert(SubmissionOf(SubmissionState.InReview, Utc(3, 4, 0)));
            submissions.Insert(SubmissionOf(SubmissionState.Approved, Utc(3, 4, 0), (1, DecisionOutcome.Approved, Utc(3, 4, 2))));
            submissions.Insert(SubmissionOf(SubmissionState.Rejected, Utc(2, 24, 0), (1, DecisionOutcome.Rejected, Utc(2, 25, 0))));
            var resubmitted = SubmissionOf(SubmissionState.Approved, Utc(2, 17, 0), (1, DecisionOutcome.NeedsRevision, Utc(2, 10, 3)), (2, DecisionOutcome.Approved, Utc(2, 17, 1)));
            resubmitted.Version = 2;
            resubmitted.Revisions.Add(new SubmissionRevision { Version = 1, SubmittedUtc = Utc(2, 10, 0) });
            submissions.Insert(resubmitted);
            submissions.Insert(SubmissionOf(SubmissionState.Approved, Utc(1, 1, 0), (1, DecisionOutcome.Approved, Utc(1, 2, 0))));
        });

        var curation = Compute(bot).Curation;

        Assert.Equal((2, 1, 1, 3, 0, 1), (curation.Queue, curation.Waiting, curation.InReview, curation.Approved, curation.NeedsRevision, curation.Rejected));
        Assert.Equal(
            [new(new DateOnly(2026, 2, 9), 1, 0, 1, 0), new(new DateOnly(2026, 2, 16), 1, 1, 0, 0), new(new DateOnly(2026, 2, 23), 1, 0, 0, 1), new WeekFigures(new DateOnly(2026, 3, 2), 1, 1, 0, 0)],
            curation.Weeks);

        // 1 h, 2 h, 3 h and 24 h: the median is 2 h 30 min; the January decision is outside the four weeks.
        Assert.Equal(TimeSpan.FromMinutes(150), curation.MedianToDecision);
        Assert.Equal(4, curation.DecisionsMeasured);
    }

    [Fact]
    public async Task Faq_AnsweredUnknownAndOffTopicQuestions_TopTopicsAndRatings_FromRealChats()
    {
        await using var bot = await StartAsync();
        var knowledge = bot.Services.GetRequiredService<FaqKnowledgeBase>();
        var nib = knowledge.Matcher.Match("apa itu NIB").TopicId!;
        await bot.SendTextAsync("1001", "apa itu NIB");
        await bot.SendTextAsync("1002", "apa itu NIB");
        await bot.SendTextAsync("1003", "/tanya hs-code");
        var unknown = MessageAssertions.Single(await bot.SendTextAsync("1001", "tas anyaman pandan bisa laku di timur tengah ga"));
        await bot.PressAsync("1001", unknown.Button(T["faq.forward"]));
        await bot.SendTextAsync("1002", "pinjol yang cepat cair");
        await bot.PressAsync("1001", $"/nilai {nib} 1");
        await bot.PressAsync("1002", $"/nilai {nib} 1");
        await bot.PressAsync("1003", "/nilai hs-code 0");

        var faq = Compute(bot).Faq;

        Assert.Equal((3, 1, 1), (faq.Answered, faq.Unknown, faq.OutOfScope));
        Assert.Equal((1, 0, 1), (faq.Forwarded, faq.ForwardedAnswered, faq.ForwardedOpen));
        Assert.Equal([new(nib, 2), new("hs-code", 1)], faq.TopTopics);
        Assert.Equal((2, 1), (faq.Helpful, faq.NotHelpful));
        Assert.DoesNotContain(FaqUsage.Days(bot.Database).FindAll(), d => d.Topics.ContainsKey("tas anyaman pandan"));
    }

    [Fact]
    public async Task StatistikCommand_ShowsTheNumbersInTheAdminsLanguage_AndRefusesSellers()
    {
        await using var bot = await StartAsync();
        await Seed(bot, session => ProfileStore.Collection(session.Database).Insert(Profile("1", ProfileForm.ConsentVersion)));

        var refused = MessageAssertions.Single(await bot.SendTextAsync("1001", "/statistik"));
        var reply = MessageAssertions.Single(await bot.SendTextAsync(Admin, "/statistik"));
        await bot.SendTextAsync(Admin, "/bahasa en");
        var english = MessageAssertions.Single(await bot.SendTextAsync(Admin, "/stats"));

        Assert.Equal(T["command.not_allowed"], refused.Text);
        Assert.StartsWith(T.Format("stats.title", Wib.Format(Now, "id")), reply.Text);
        Assert.Contains(T.Format("stats.sellers", 1, 1, 1), reply.Text);
        Assert.Contains(T["stats.curation.median_none"], reply.Text);
        Assert.Contains(T.Format("stats.curation.week", "2026-03-02", 0, 0, 0, 0), reply.Text);
        Assert.Contains(Texts.En.Format("stats.sellers", 1, 1, 1), english.Text);
    }

    [Fact]
    public async Task FifteenThousandSellers_AreCountedExactly()
    {
        await using var bot = await StartAsync();
        var program = 0;
        List<TrainingSession> sessions = [];
        await Seed(bot, session =>
        {
            program = TrainingStore.Programs(session.Database).Insert(new TrainingProgram { Name = "Go Digital", Status = ProgramStatus.Open }).AsInt32;
            sessions = [.. Enumerable.Range(0, 50).Select(i => AddSession(session, program, Now.AddDays(1 + i), capacity: 250))];
        });

        // In slices, so no one batch outlasts the harness's patience on a busy machine.
        for (var slice = 0; slice < 15_000; slice += 1_000)
        {
            var from = slice;
            await Seed(bot, session =>
            {
                var ids = Enumerable.Range(from, 1_000).ToList();
                ProfileStore.Collection(session.Database).InsertBulk(ids.Select(i => Profile(i.ToString(), i % 3 == 0 ? "2025-01-v1" : ProfileForm.ConsentVersion)));
                TrainingStore.Registrations(session.Database).InsertBulk(ids.Select(i => new Registration
                {
                    Code = "C" + i.ToString("00000"), SellerId = "Local:" + i, SessionId = sessions[i % 50].Id, ProgramId = program,
                    Status = i % 300 < 250 ? RegistrationStatus.Registered : RegistrationStatus.Waitlisted,
                }));
            });
        }

        var statistics = Compute(bot);

        Assert.Equal(new SellerFigures(15_000, 15_000, 10_000), statistics.Sellers);
        Assert.Equal((12_500, 2_500, 12_500), (statistics.Training.Total.Seated, statistics.Training.Total.Waitlisted, statistics.Training.Total.Capacity));
        Assert.Equal(StatisticsCalculator.MaxSessions, statistics.Training.Sessions.Count);
    }

    private static BotStatistics Compute(TestBot bot) =>
        bot.Services.GetRequiredService<StatisticsCalculator>().Compute(bot.Database, bot.Clock.GetUtcNow().UtcDateTime);

    private static async Task<TestBot> StartAsync()
    {
        var bot = await TrainingBot.StartAsync(o => o.Settings["Roles:Admins:0"] = $"Local:{Admin}");
        bot.Clock.SetUtcNow(Now);
        return bot;
    }
}
