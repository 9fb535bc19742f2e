using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Tests.Support;
using Bot.Core.Training;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Tests.Training;

/// <summary>
/// Reminders the day before (at Training:ReminderTime WIB) and two hours before, driven by the fake clock.
/// The session starts Wed 4 Mar 2026 09:00 WIB; the clock starts Mon 2 Mar 08:00 WIB.
/// </summary>
public sealed class ReminderTests
{
    private const string Chat = TestBot.Chat;
    private static readonly Localizer T = Texts.Id;
    private static readonly DateTime Start = new(2026, 3, 4, 2, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime DayBefore = new(2026, 3, 3, 1, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime TwoHoursBefore = Start.AddHours(-2);

    [Fact]
    public async Task DueReminders_AreSentOnceEach_AtTheirTimes()
    {
        await using var bot = await TrainingBot.StartAsync();
        var code = await SignUpAsync(bot);

        await ScanAtAsync(bot, DayBefore.AddMinutes(-1));
        Assert.Equal((0, 0), Reminders(bot, code));
        await ScanAtAsync(bot, DayBefore);
        await ScanAtAsync(bot, DayBefore.AddMinutes(1));
        Assert.Equal((1, 0), Reminders(bot, code));
        await ScanAtAsync(bot, TwoHoursBefore.AddMinutes(-1));
        Assert.Equal((1, 0), Reminders(bot, code));
        await ScanAtAsync(bot, TwoHoursBefore);
        await ScanAtAsync(bot, TwoHoursBefore.AddMinutes(30));

        Assert.Equal((1, 1), Reminders(bot, code));
        var reminder = bot.RepliesTo(Chat).Last(m => m.Text!.Contains(code, StringComparison.Ordinal));
        Assert.Contains("Aula Disperdagin Kota Kediri", reminder.Text);
        Assert.Contains(SessionText.When(TrainingStore.Sessions(bot.Database).FindAll().Single(), Languages.Indonesian), reminder.Text);
    }

    [Fact]
    public async Task ReminderTime_IsTakenFromSettings_InWib()
    {
        await using var bot = await TrainingBot.StartAsync(o => o.Settings["Training:ReminderTime"] = "19:30");
        var code = await SignUpAsync(bot);
        var at = new DateTime(2026, 3, 3, 12, 30, 0, DateTimeKind.Utc);

        await ScanAtAsync(bot, DayBefore);
        await ScanAtAsync(bot, at.AddMinutes(-1));
        Assert.Equal((0, 0), Reminders(bot, code));
        await ScanAtAsync(bot, at);
        Assert.Equal((1, 0), Reminders(bot, code));
    }

    [Fact]
    public async Task NoReminder_AfterTheSellerCancelled()
    {
        await using var bot = await TrainingBot.StartAsync();
        var code = await SignUpAsync(bot);
        await bot.PressAsync(Chat, $"/jadwalku batal {code} ya");

        await ScanAtAsync(bot, DayBefore);
        await ScanAtAsync(bot, TwoHoursBefore);

        Assert.Equal((0, 0), Reminders(bot, code));
    }

    [Fact]
    public async Task NoReminder_ForACancelledSession_WhoseRegistrantsWereTold()
    {
        await using var bot = await TrainingBot.StartAsync();
        var code = await SignUpAsync(bot);
        var session = TrainingStore.Sessions(bot.Database).FindAll().Single();
        await TrainingBot.ChangeAsync(bot, s => Enrolment.CancelSession(s, session));
        await bot.SettleAsync(Chat);
        Assert.StartsWith(T.Format("training.notice.session_cancelled", code, "").Split('\n')[0], bot.RepliesTo(Chat)[^1].Text);

        await ScanAtAsync(bot, DayBefore);
        await ScanAtAsync(bot, TwoHoursBefore);

        Assert.Equal((0, 0), Reminders(bot, code));
    }

    [Fact]
    public async Task ReminderDue_WhileTheBotWasDown_IsSentAtStart_AndOnlyOnce()
    {
        await using var bot = await TrainingBot.StartAsync();
        var code = await SignUpAsync(bot);
        await bot.StopAsync();
        bot.Clock.SetUtcNow(DayBefore.AddHours(3));

        await bot.StartAgainAsync();
        await TestBot.WaitUntilAsync(() => Reminders(bot, code) == (1, 0), "the day-before reminder after the start");
        await bot.RestartAsync();
        await ScanAtAsync(bot, DayBefore.AddHours(4));

        Assert.Equal((1, 0), Reminders(bot, code));
    }

    [Fact]
    public async Task ReminderQueued_ButNotDeliveredBeforeACrash_IsDeliveredAfterTheRestart_Once()
    {
        await using var bot = await TrainingBot.StartAsync();
        var code = await SignUpAsync(bot);
        bot.Sender.FailWith(SendOutcome.Transient("network down"));
        await ScanAtAsync(bot, DayBefore);
        Assert.Equal((0, 0), Reminders(bot, code));

        bot.Sender.Recover();
        await bot.RestartAsync(crash: true);
        await TestBot.WaitUntilAsync(() => Reminders(bot, code) == (1, 0), "the queued reminder after the restart");
        await ScanAtAsync(bot, DayBefore.AddMinutes(5));

        Assert.Equal((1, 0), Reminders(bot, code));
    }

    [Fact]
    public async Task BothRemindersDue_AfterALongOutage_OnlyTheNearerOneIsSent()
    {
        await using var bot = await TrainingBot.StartAsync();
        var code = await SignUpAsync(bot);

        await ScanAtAsync(bot, TwoHoursBefore.AddMinutes(10));

        Assert.Equal((0, 1), Reminders(bot, code));
    }

    [Fact]
    public async Task SignUpAfterTheDayBeforeTime_GetsNoDayBeforeReminder_ButTheTwoHourOne()
    {
        await using var bot = await TrainingBot.StartAsync();
        bot.Clock.SetUtcNow(DayBefore.AddHours(1));
        var code = await SignUpAsync(bot, Start - DayBefore.AddHours(1));

        await ScanAtAsync(bot, DayBefore.AddHours(2));
        Assert.Equal((0, 0), Reminders(bot, code));
        await ScanAtAsync(bot, TwoHoursBefore);

        Assert.Equal((0, 1), Reminders(bot, code));
    }

    [Fact]
    public async Task ASessionWhoseRemindersWentOut_IsMarked_AndWhenMovedItsRemindersComeAgain()
    {
        await using var bot = await TrainingBot.StartAsync();
        var code = await SignUpAsync(bot);
        await ScanAtAsync(bot, DayBefore);
        var session = TrainingStore.Sessions(bot.Database).FindAll().Single();
        Assert.Equal((DayBefore, (DateTime?)null), (session.DayBeforeRemindersUtc!.Value, session.TwoHourRemindersUtc));

        // Moved a day later, as the session form saves it: the session written anew, the registrations' reminders reset.
        await TrainingBot.ChangeAsync(bot, s =>
        {
            TrainingStore.Sessions(s.Database).Update(new TrainingSession
            {
                Id = session.Id, ProgramId = session.ProgramId, StartUtc = Start.AddDays(1), EndUtc = session.EndUtc.AddDays(1),
                Venue = session.Venue, Capacity = session.Capacity, DeadlineUtc = session.DeadlineUtc, Status = session.Status,
            });
            var registration = TrainingStore.ByCode(s.Database, code)!;
            TrainingStore.Registrations(s.Database).Update(registration with { DayBeforeReminderUtc = null, TwoHourReminderUtc = null });
        });
        await ScanAtAsync(bot, DayBefore.AddDays(1));

        Assert.Equal((2, 0), Reminders(bot, code));
    }

    private static async Task<string> SignUpAsync(TestBot bot, TimeSpan? startsIn = null)
    {
        var session = await TrainingBot.AddSessionAsync(bot, startsIn: startsIn ?? Start - TrainingBot.Now(bot), deadlineBefore: TimeSpan.FromHours(3));
        Assert.Equal(Start, session.StartUtc);
        await SignUpScript.SignUpAsync(bot, Chat, session);
        return TrainingBot.RegistrationOf(bot, Chat)!.Code;
    }

    private static async Task ScanAtAsync(TestBot bot, DateTime utc)
    {
        bot.Clock.SetUtcNow(utc);
        await bot.RunJobAsync(bot.Services.GetRequiredService<ReminderJob>());
    }

    private static (int DayBefore, int TwoHours) Reminders(TestBot bot, string code)
    {
        var texts = bot.RepliesTo(Chat).Select(m => m.Text ?? string.Empty).ToList();
        var dayBefore = T.Format("training.reminder.day_before", code, "").Split('\n')[0];
        var twoHours = T.Format("training.reminder.two_hours", code, "").Split('\n')[0];
        return (texts.Count(t => t.StartsWith(dayBefore, StringComparison.Ordinal)), texts.Count(t => t.StartsWith(twoHours, StringComparison.Ordinal)));
    }
}
