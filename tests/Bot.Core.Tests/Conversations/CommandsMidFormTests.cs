using Bot.Core.Localization;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Conversations;

/// <summary>Commands typed while a form is open answer and leave the form where it was.</summary>
public sealed class CommandsMidFormTests
{
    private const string Chat = TestBot.Chat;
    private static readonly Localizer T = Texts.Id;

    [Fact]
    public async Task Help_MidForm_AnswersThenAsksTheSameQuestionAgain()
    {
        await using var bot = await TestBot.StartAsync();
        await ProfileScript.UntilPhoneAsync(bot);
        var before = ConversationState.Snapshot(bot.ConversationOf()!);

        var replies = await bot.SendTextAsync(Chat, "/bantuan");

        Assert.Equal(2, replies.Count);
        Assert.StartsWith(T["help.title"], replies[0].Text);
        Assert.Contains("/profil — " + T["command.profile.description"], replies[0].Text);
        Assert.StartsWith(T["form.continue"], replies[1].Text);
        Assert.EndsWith(T["profile.phone.prompt"], replies[1].Text);
        Assert.Equal(before, ConversationState.Snapshot(bot.ConversationOf()!));
    }

    [Fact]
    public async Task Profile_WhileFillingInTheProfile_IsRefusedWithAHintAndTheFormIsUnchanged()
    {
        await using var bot = await TestBot.StartAsync();
        await ProfileScript.UntilPhoneAsync(bot);
        var before = ConversationState.Snapshot(bot.ConversationOf()!);

        var reply = MessageAssertions.Single(await bot.SendTextAsync(Chat, "/profil"));

        Assert.StartsWith(T.Format("command.finish_form_first", "profil"), reply.Text);
        Assert.EndsWith(T["profile.phone.prompt"], reply.Text);
        Assert.Equal(before, ConversationState.Snapshot(bot.ConversationOf()!));
    }

    [Fact]
    public async Task MenuButtonOfAnotherForm_MidForm_IsRefusedAndTheFormIsUnchanged()
    {
        await using var bot = await TestBot.StartAsync(o => o.AddTestForm());
        await ProfileScript.UntilSectorAsync(bot);
        var before = ConversationState.Snapshot(bot.ConversationOf()!);

        var reply = MessageAssertions.Single(await bot.PressAsync(Chat, "/uji"));

        Assert.StartsWith(T.Format("command.finish_form_first", "uji"), reply.Text);
        Assert.Equal(before, ConversationState.Snapshot(bot.ConversationOf()!));
    }

    [Fact]
    public async Task UnknownCommand_MidForm_SaysSoAndKeepsTheForm()
    {
        await using var bot = await TestBot.StartAsync();
        await ProfileScript.UntilSectorAsync(bot);
        var before = ConversationState.Snapshot(bot.ConversationOf()!);

        var reply = MessageAssertions.Single(await bot.SendTextAsync(Chat, "/ekspor@UmkmBot sekarang"));

        Assert.StartsWith(T.Format("command.unknown", "ekspor"), reply.Text);
        Assert.EndsWith(T["profile.sector.prompt"], reply.Text);
        Assert.Equal(before, ConversationState.Snapshot(bot.ConversationOf()!));
    }

    [Fact]
    public async Task Language_SwitchedMidForm_AsksTheSameQuestionInEnglish()
    {
        await using var bot = await TestBot.StartAsync();
        await ProfileScript.UntilPhoneAsync(bot);

        var replies = await bot.SendTextAsync(Chat, "/bahasa en");

        Assert.Equal(2, replies.Count);
        Assert.Equal(Texts.En["language.changed"], replies[0].Text);
        Assert.EndsWith(Texts.En["profile.phone.prompt"], replies[1].Text);
        Assert.True(replies[1].HasButton(Texts.En["form.button.back"]));
        Assert.Equal(ProfileScript.StepOf("phone"), bot.ConversationOf()!.Step);
    }

    [Fact]
    public async Task StatusCommand_MidForm_AnswersAndKeepsTheForm()
    {
        await using var bot = await TestBot.StartAsync();
        await ProfileScript.UntilSectorAsync(bot);

        var replies = await bot.SendTextAsync(Chat, "/statuskurasi");

        Assert.Equal(2, replies.Count);
        Assert.Equal(T["curation.status.none"], replies[0].Text);
        Assert.EndsWith(T["profile.sector.prompt"], replies[1].Text);
    }
}
