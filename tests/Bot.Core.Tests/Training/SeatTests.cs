using Bot.Core.Localization;
using Bot.Core.Tests.Support;
using Bot.Core.Training;

namespace Bot.Core.Tests.Training;

/// <summary>Seats and the waitlist: full sessions, the race for the last seat, promotion after a cancellation.</summary>
public sealed class SeatTests
{
    private static readonly Localizer T = Texts.Id;

    [Fact]
    public async Task FullSession_OffersTheWaitlist_AndTheConfirmationGivesThePlaceInLine()
    {
        await using var bot = await TrainingBot.StartAsync();
        var session = await TrainingBot.AddSessionAsync(bot, capacity: 1);
        await SignUpScript.SignUpAsync(bot, "a", session);
        await ProfileScript.SaveAsync(bot, "b");

        var offer = await SignUpScript.ChooseSessionAsync(bot, "b", session);
        Assert.Contains(T["training.signup.waitlist.prompt"], offer.Text);
        var known = MessageAssertions.Single(await bot.PressAsync("b", offer.Button(T["training.signup.waitlist.yes"])));
        var summary = MessageAssertions.Single(await bot.PressAsync("b", known.Button(T["training.signup.profile.use"])));
        Assert.Contains(T["training.signup.session.waitlist_note"], summary.Text);
        var confirmation = MessageAssertions.Single(await bot.PressAsync("b", summary.Button(T["form.button.save"])));

        var waiting = TrainingBot.RegistrationOf(bot, "b")!;
        Assert.Equal(RegistrationStatus.Waitlisted, waiting.Status);
        Assert.StartsWith(T.Format("training.signup.waitlisted", waiting.Code, 1, "").Split('\n')[0], confirmation.Text);
    }

    [Fact]
    public async Task FullSession_ButtonLabel_SaysFull()
    {
        await using var bot = await TrainingBot.StartAsync();
        var session = await TrainingBot.AddSessionAsync(bot, capacity: 1);
        await SignUpScript.SignUpAsync(bot, "a", session);

        var programs = MessageAssertions.Single(await bot.SendTextAsync("b", "/daftar"));
        var sessions = MessageAssertions.Single(await bot.PressAsync("b", programs.Choice(session.ProgramId)));

        Assert.EndsWith(T["training.seats.full"], sessions.Choice(session.Id).Label);
    }

    [Fact]
    public async Task TwoSellers_RacingForTheLastSeat_OneGetsIt_TheOtherIsWaitlisted()
    {
        await using var bot = await TrainingBot.StartAsync();
        var session = await TrainingBot.AddSessionAsync(bot, capacity: 1);
        await ProfileScript.SaveAsync(bot, "a");
        await ProfileScript.SaveAsync(bot, "b");
        var summaryA = await SignUpScript.UntilSummaryAsync(bot, "a", session);
        var summaryB = await SignUpScript.UntilSummaryAsync(bot, "b", session);

        await bot.SubmitTogetherAsync(
            bot.ButtonUpdate("a", summaryA.Button(T["form.button.save"]).Data),
            bot.ButtonUpdate("b", summaryB.Button(T["form.button.save"]).Data));

        var registrations = TrainingBot.RegistrationsOf(bot, session.Id);
        Assert.Equal(2, registrations.Count);
        Assert.Equal(1, registrations.Count(r => r.Status == RegistrationStatus.Registered));
        Assert.Equal(1, registrations.Count(r => r.Status == RegistrationStatus.Waitlisted));
        var waitlisted = registrations.Single(r => r.Status == RegistrationStatus.Waitlisted);
        var toldWaiting = bot.RepliesTo(waitlisted.ChatId)[^1];
        Assert.Contains(waitlisted.Code, toldWaiting.Text);
        Assert.StartsWith(T.Format("training.signup.waitlisted", waitlisted.Code, 1, "").Split('\n')[0], toldWaiting.Text);
    }

    [Fact]
    public async Task Cancellation_PromotesTheFirstWaitlisted_WhoIsToldInTheirLanguage()
    {
        await using var bot = await TrainingBot.StartAsync();
        var session = await TrainingBot.AddSessionAsync(bot, capacity: 1);
        await SignUpScript.SignUpAsync(bot, "a", session);
        await SignUpScript.SignUpAsync(bot, "b", session);
        await SignUpScript.SignUpAsync(bot, "c", session);
        await bot.SendTextAsync("b", "/bahasa en");
        var seated = TrainingBot.RegistrationOf(bot, "a")!;

        await bot.PressAsync("a", $"/jadwalku batal {seated.Code} ya");

        var promoted = TrainingBot.RegistrationOf(bot, "b")!;
        Assert.Equal(RegistrationStatus.Registered, promoted.Status);
        Assert.NotNull(promoted.PromotedUtc);
        Assert.Equal(RegistrationStatus.Waitlisted, TrainingBot.RegistrationOf(bot, "c")!.Status);
        Assert.Null(TrainingBot.RegistrationOf(bot, "a"));
        await bot.SettleAsync("b");
        var notice = bot.RepliesTo("b")[^1];
        Assert.StartsWith(Texts.En.Format("training.notice.promoted", promoted.Code, "").Split('\n')[0], notice.Text);
        Assert.Contains(promoted.Code, notice.Text);
    }

    [Fact]
    public async Task CancellingAWaitlistPlace_PromotesNobody()
    {
        await using var bot = await TrainingBot.StartAsync();
        var session = await TrainingBot.AddSessionAsync(bot, capacity: 1);
        await SignUpScript.SignUpAsync(bot, "a", session);
        await SignUpScript.SignUpAsync(bot, "b", session);
        await SignUpScript.SignUpAsync(bot, "c", session);

        await bot.PressAsync("b", $"/jadwalku batal {TrainingBot.RegistrationOf(bot, "b")!.Code} ya");

        Assert.Equal(RegistrationStatus.Registered, TrainingBot.RegistrationOf(bot, "a")!.Status);
        Assert.Equal(RegistrationStatus.Waitlisted, TrainingBot.RegistrationOf(bot, "c")!.Status);
        var schedule = MessageAssertions.Single(await bot.SendTextAsync("c", "/jadwalku"));
        Assert.Contains(T.Format("training.status.waitlisted", 1), schedule.Text);
    }
}
