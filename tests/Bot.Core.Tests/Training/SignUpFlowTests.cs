using Bot.Core.Localization;
using Bot.Core.Profiles;
using Bot.Core.Tests.Support;
using Bot.Core.Training;

namespace Bot.Core.Tests.Training;

/// <summary>/daftar end to end: programme, session, profile (asked or reused), summary, confirmation code.</summary>
public sealed class SignUpFlowTests
{
    private const string Chat = TestBot.Chat;
    private static readonly Localizer T = Texts.Id;

    [Fact]
    public async Task SignUp_WithoutAProfile_AsksTheProfileWithConsent_AndConfirmsWithACode()
    {
        await using var bot = await TrainingBot.StartAsync();
        var session = await TrainingBot.AddSessionAsync(bot);

        var owner = await SignUpScript.ChooseSessionAsync(bot, Chat, session);
        Assert.Contains(T["profile.owner.prompt"], owner.Text);
        await bot.SendTextAsync(Chat, ProfileScript.Owner);
        var sector = MessageAssertions.Single(await bot.SendTextAsync(Chat, ProfileScript.Business));
        var area = MessageAssertions.Single(await bot.PressAsync(Chat, sector.Button(T["sector.kuliner"])));
        await bot.PressAsync(Chat, area.Button(T["profile.area.city"]));
        await bot.SendTextAsync(Chat, "tinalan");
        await bot.SendTextAsync(Chat, ProfileScript.Phone);
        var consent = ProfileScript.Expect(await bot.SendTextAsync(Chat, "lewati"), "profile.consent.prompt");
        var summary = ProfileScript.Expect(await bot.PressAsync(Chat, consent.Button(T["profile.consent.yes"])), "form.summary.question");
        Assert.Contains($"{T["training.signup.program.label"]}: {TrainingBot.ProgramName}", summary.Text);
        Assert.Contains(SessionText.When(session, Languages.Indonesian), summary.Text);

        var confirmation = MessageAssertions.Single(await bot.PressAsync(Chat, summary.Button(T["form.button.save"])));

        var registration = Assert.Single(TrainingBot.RegistrationsOf(bot, session.Id));
        Assert.Equal(RegistrationStatus.Registered, registration.Status);
        Assert.Matches("^[A-Z2-9]{6}$", registration.Code);
        Assert.StartsWith(T.Format("training.signup.registered", registration.Code, SessionText.Details(T, null, session)).Split('\n')[0], confirmation.Text);
        Assert.Contains(registration.Code, confirmation.Text);
        Assert.Contains("Aula Disperdagin Kota Kediri", confirmation.Text);
        var profile = ProfileScript.Saved(bot);
        Assert.NotNull(profile);
        Assert.Equal("Tinalan", profile.Kelurahan);
        Assert.Equal(ProfileForm.ConsentVersion, profile.ConsentVersion);
        Assert.False(bot.ConversationOf()!.InForm);
    }

    [Fact]
    public async Task SignUp_ConsentRefused_RegistersNothingAndKeepsNoProfile()
    {
        await using var bot = await TrainingBot.StartAsync();
        var session = await TrainingBot.AddSessionAsync(bot);
        await SignUpScript.ChooseSessionAsync(bot, Chat, session);
        await bot.SendTextAsync(Chat, ProfileScript.Owner);
        var sector = MessageAssertions.Single(await bot.SendTextAsync(Chat, ProfileScript.Business));
        var area = MessageAssertions.Single(await bot.PressAsync(Chat, sector.Button(T["sector.kuliner"])));
        await bot.PressAsync(Chat, area.Button(T["profile.area.regency"]));
        await bot.SendTextAsync(Chat, ProfileScript.Phone);
        var consent = ProfileScript.Expect(await bot.SendTextAsync(Chat, "lewati"), "profile.consent.prompt");

        var reply = MessageAssertions.Single(await bot.PressAsync(Chat, consent.Button(T["profile.consent.no"])));

        Assert.Equal(T["profile.consent.refused"], reply.Text);
        Assert.Empty(TrainingBot.RegistrationsOf(bot, session.Id));
        Assert.Null(ProfileScript.Saved(bot));
        Assert.False(bot.ConversationOf()!.InForm);
    }

    [Fact]
    public async Task SignUp_WithAKnownProfile_ShowsItOnce_AndUsesItWithoutAskingAgain()
    {
        await using var bot = await TrainingBot.StartAsync();
        var session = await TrainingBot.AddSessionAsync(bot);
        await ProfileScript.SaveAsync(bot);

        var known = await SignUpScript.ChooseSessionAsync(bot, Chat, session);

        Assert.Contains(ProfileScript.Owner, known.Text);
        Assert.Contains(ProfileScript.PhoneE164, known.Text);
        Assert.True(known.HasButton(T["training.signup.profile.edit"]));
        var summary = MessageAssertions.Single(await bot.PressAsync(Chat, known.Button(T["training.signup.profile.use"])));
        Assert.Contains(T["form.summary.question"], summary.Text);
        Assert.DoesNotContain(T["profile.phone.label"], summary.Text);
        await bot.PressAsync(Chat, summary.Button(T["form.button.save"]));
        Assert.Equal(RegistrationStatus.Registered, Assert.Single(TrainingBot.RegistrationsOf(bot, session.Id)).Status);
    }

    [Fact]
    public async Task SignUp_ChangeData_ShowsTheProfileInTheSummary_AndSavesTheCorrection()
    {
        await using var bot = await TrainingBot.StartAsync();
        var session = await TrainingBot.AddSessionAsync(bot);
        await ProfileScript.SaveAsync(bot);
        var known = await SignUpScript.ChooseSessionAsync(bot, Chat, session);

        var summary = MessageAssertions.Single(await bot.PressAsync(Chat, known.Button(T["training.signup.profile.edit"])));
        Assert.Contains($"{T["profile.phone.label"]}: {ProfileScript.PhoneE164}", summary.Text);
        var phone = MessageAssertions.Single(await bot.PressAsync(Chat, summary.Button(T.Format("form.button.edit", T["profile.phone.label"]))));
        var changed = MessageAssertions.Single(await bot.SendTextAsync(Chat, "0857-1111-2222"));
        Assert.Contains("+6285711112222", changed.Text);
        Assert.Contains(T["profile.phone.prompt"], phone.Text);
        await bot.PressAsync(Chat, changed.Button(T["form.button.save"]));

        Assert.Equal("+6285711112222", ProfileScript.Saved(bot)!.Phone);
        Assert.Single(TrainingBot.RegistrationsOf(bot, session.Id));
    }

    [Fact]
    public async Task SignUp_TheSameSessionTwice_IsRefusedPolitely_WithTheFirstCode()
    {
        await using var bot = await TrainingBot.StartAsync();
        var session = await TrainingBot.AddSessionAsync(bot);
        await SignUpScript.SignUpAsync(bot, Chat, session);
        var code = TrainingBot.RegistrationOf(bot, Chat)!.Code;

        var again = await SignUpScript.ChooseSessionAsync(bot, Chat, session);

        Assert.Contains(T.Format("training.refused.duplicate", code), again.Text);
        Assert.Single(TrainingBot.RegistrationsOf(bot, session.Id));
        Assert.Equal(1, bot.ConversationOf()!.Step);
    }

    [Theory]
    [InlineData("closed", "training.refused.closed")]
    [InlineData("cancelled", "training.refused.cancelled")]
    [InlineData("deadline", "training.refused.deadline")]
    [InlineData("started", "training.refused.started")]
    public async Task SignUp_ConfirmedAfterTheSessionStoppedTakingSignUps_IsRefusedWithTheReason(string change, string reason)
    {
        await using var bot = await TrainingBot.StartAsync();
        // Within the form's expiry, so the summary's button is still live when the clock moves on.
        var session = await TrainingBot.AddSessionAsync(bot, startsIn: TimeSpan.FromHours(10), deadlineBefore: TimeSpan.FromHours(5));
        await ProfileScript.SaveAsync(bot);
        var summary = await SignUpScript.UntilSummaryAsync(bot, Chat, session);

        switch (change)
        {
            case "closed" or "cancelled":
                await TrainingBot.ChangeAsync(bot, s => TrainingStore.Sessions(s.Database).Update(session with { Status = change == "closed" ? SessionStatus.Closed : SessionStatus.Cancelled }));
                break;
            case "deadline":
                bot.Clock.SetUtcNow(session.DeadlineUtc.AddMinutes(1));
                break;
            default:
                bot.Clock.SetUtcNow(session.StartUtc.AddMinutes(1));
                break;
        }

        var reply = MessageAssertions.Single(await bot.PressAsync(Chat, summary.Button(T["form.button.save"])));

        Assert.Equal(T[reason], reply.Text);
        Assert.Empty(TrainingBot.RegistrationsOf(bot, session.Id));
    }

    [Fact]
    public async Task SignUp_PastAndClosedSessions_AreNotOffered()
    {
        await using var bot = await TrainingBot.StartAsync();
        var open = await TrainingBot.AddSessionAsync(bot);
        var closed = await TrainingBot.AddSessionAsync(bot, startsIn: TimeSpan.FromDays(4));
        await TrainingBot.ChangeAsync(bot, s => TrainingStore.Sessions(s.Database).Update(closed with { Status = SessionStatus.Closed }));
        await TrainingBot.AddSessionAsync(bot, startsIn: TimeSpan.FromHours(1));

        var programs = MessageAssertions.Single(await bot.SendTextAsync(Chat, "/daftar"));
        var sessions = MessageAssertions.Single(await bot.PressAsync(Chat, programs.Choice(open.ProgramId)));

        var offered = sessions.AllButtons.Where(b => b.Data.Contains(":v:", StringComparison.Ordinal)).Select(b => b.Data.Split(':')[^1]).ToList();
        Assert.Equal([open.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)], offered);
    }

    [Fact]
    public async Task MainMenuTrainingButton_StartsTheSignUp()
    {
        await using var bot = await TrainingBot.StartAsync();
        await TrainingBot.AddSessionAsync(bot);
        var menu = MessageAssertions.Single(await bot.SendTextAsync(Chat, "/start"));

        var reply = MessageAssertions.Single(await bot.PressAsync(Chat, menu.Button(T["menu.training"])));

        Assert.Contains(T["training.signup.program.prompt"], reply.Text);
        Assert.Contains(TrainingBot.ProgramName, reply.AllButtons.First().Label);
        Assert.Equal(SignUpForm.FormName, bot.ConversationOf()!.Form);
    }

    [Fact]
    public async Task SignUp_WhenNothingIsOpen_SaysSoAndOpensNoForm()
    {
        await using var bot = await TrainingBot.StartAsync();

        var reply = MessageAssertions.Single(await bot.SendTextAsync(Chat, "/daftar"));

        Assert.Equal(T["training.signup.none_open"], reply.Text);
        Assert.False(bot.ConversationOf()!.InForm);
    }

    [Fact]
    public async Task FreshInstall_HasTheFiveProgrammes_EachWithUpcomingOpenSessions()
    {
        await using var bot = await TestBot.StartAsync();
        var now = TrainingBot.Now(bot);

        var programs = TrainingStore.Programs(bot.Database).FindAll().ToList();

        Assert.Equal(5, programs.Count);
        Assert.Contains(programs, p => p.Name == "Konsultasi Ekspor gratis" && p.Organiser == "PPEJP Kemendag");
        foreach (var program in programs)
        {
            Assert.NotEmpty(TrainingCatalogue.OpenSessions(bot.Database, now, program.Id));
        }

        await bot.RestartAsync();
        Assert.Equal(5, TrainingStore.Programs(bot.Database).Count());
    }
}
