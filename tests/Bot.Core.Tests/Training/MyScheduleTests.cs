using Bot.Core.Localization;
using Bot.Core.Tests.Support;
using Bot.Core.Training;

namespace Bot.Core.Tests.Training;

/// <summary>/jadwalku: the list, cancelling with a confirmation, and stale or repeated presses.</summary>
public sealed class MyScheduleTests
{
    private const string Chat = TestBot.Chat;
    private static readonly Localizer T = Texts.Id;

    [Fact]
    public async Task Schedule_ListsTheSignUp_AndCancelsOnlyAfterConfirmation()
    {
        await using var bot = await TrainingBot.StartAsync();
        var session = await TrainingBot.AddSessionAsync(bot);
        await SignUpScript.SignUpAsync(bot, Chat, session);
        var code = TrainingBot.RegistrationOf(bot, Chat)!.Code;

        var list = MessageAssertions.Single(await bot.SendTextAsync(Chat, "/jadwalku"));
        Assert.Contains(code, list.Text);
        Assert.Contains(TrainingBot.ProgramName, list.Text);
        Assert.Contains(T["training.status.registered"], list.Text);
        var ask = MessageAssertions.Single(await bot.PressAsync(Chat, list.Button(T.Format("training.schedule.cancel_button", code))));
        Assert.StartsWith(T.Format("training.schedule.cancel_confirm", code, "").Split('\n')[0], ask.Text);
        Assert.Equal(RegistrationStatus.Registered, TrainingBot.RegistrationOf(bot, Chat)!.Status);

        var done = MessageAssertions.Single(await bot.PressAsync(Chat, ask.Button(T["training.schedule.cancel_yes"])));

        Assert.StartsWith(T.Format("training.schedule.cancelled", code, "").Split('\n')[0], done.Text);
        var cancelled = Assert.Single(TrainingBot.RegistrationsOf(bot, session.Id));
        Assert.Equal(RegistrationStatus.Cancelled, cancelled.Status);
        Assert.Equal(T["training.schedule.empty"], MessageAssertions.Single(await bot.SendTextAsync(Chat, "/jadwalku")).Text);
    }

    [Fact]
    public async Task CancelButton_PressedTwice_ChangesNothingTheSecondTime()
    {
        await using var bot = await TrainingBot.StartAsync();
        var session = await TrainingBot.AddSessionAsync(bot, capacity: 1);
        await SignUpScript.SignUpAsync(bot, Chat, session);
        await SignUpScript.SignUpAsync(bot, "b", session);
        await SignUpScript.SignUpAsync(bot, "c", session);
        var code = TrainingBot.RegistrationOf(bot, Chat)!.Code;
        await bot.PressAsync(Chat, $"/jadwalku batal {code} ya");

        var again = MessageAssertions.Single(await bot.PressAsync(Chat, $"/jadwalku batal {code} ya"));

        Assert.Equal(T.Format("training.schedule.already_cancelled", code), again.Text);
        var registrations = TrainingBot.RegistrationsOf(bot, session.Id);
        Assert.Equal(1, registrations.Count(r => r.Status == RegistrationStatus.Registered));
        Assert.Equal(RegistrationStatus.Waitlisted, TrainingBot.RegistrationOf(bot, "c")!.Status);
    }

    [Fact]
    public async Task CancelButton_WithSomeoneElsesCode_IsRefused_AndTheirSignUpStands()
    {
        await using var bot = await TrainingBot.StartAsync();
        var session = await TrainingBot.AddSessionAsync(bot);
        await SignUpScript.SignUpAsync(bot, "owner", session);
        var code = TrainingBot.RegistrationOf(bot, "owner")!.Code;

        var reply = MessageAssertions.Single(await bot.PressAsync(Chat, $"/jadwalku batal {code} ya"));

        Assert.Equal(T.Format("training.schedule.unknown_code", code), reply.Text);
        Assert.Equal(RegistrationStatus.Registered, TrainingBot.RegistrationOf(bot, "owner")!.Status);
    }

    [Fact]
    public async Task CancelButton_AfterTheSessionStarted_IsRefused()
    {
        await using var bot = await TrainingBot.StartAsync();
        var session = await TrainingBot.AddSessionAsync(bot, startsIn: TimeSpan.FromHours(20));
        await SignUpScript.SignUpAsync(bot, Chat, session);
        var code = TrainingBot.RegistrationOf(bot, Chat)!.Code;
        bot.Clock.SetUtcNow(session.StartUtc.AddMinutes(5));

        var reply = MessageAssertions.Single(await bot.PressAsync(Chat, $"/jadwalku batal {code} ya"));

        Assert.Equal(T.Format("training.schedule.not_cancellable", code), reply.Text);
        Assert.Equal(RegistrationStatus.Registered, TrainingBot.RegistrationOf(bot, Chat)!.Status);
    }

    [Fact]
    public async Task Schedule_MidForm_AnswersAndTheFormContinues()
    {
        await using var bot = await TrainingBot.StartAsync();
        var session = await TrainingBot.AddSessionAsync(bot);
        await SignUpScript.SignUpAsync(bot, Chat, session);
        await bot.SendTextAsync(Chat, "/profil");

        var replies = await bot.SendTextAsync(Chat, "/jadwalku");

        Assert.Equal(2, replies.Count);
        Assert.Contains(TrainingBot.RegistrationOf(bot, Chat)!.Code, replies[0].Text);
        Assert.Equal("profil", bot.ConversationOf()!.Form);
    }
}
