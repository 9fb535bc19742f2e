using Bot.Core.Localization;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Localization;

/// <summary>Indonesian by default; English for English apps; /bahasa switches.</summary>
public sealed class LanguageTests
{
    private const string Chat = TestBot.Chat;

    [Fact]
    public async Task FirstMessage_FromAnEnglishApp_IsAnsweredInEnglish()
    {
        await using var bot = await TestBot.StartAsync();

        var reply = MessageAssertions.Single(await bot.SubmitAsync(bot.TextUpdate(Chat, "/start", languageCode: "en-US")));

        Assert.Equal(Texts.En.Format("welcome", " Siti"), reply.Text);
        Assert.True(reply.HasButton(Texts.En["menu.profile"]));
        Assert.Equal(Languages.English, bot.ConversationOf()!.Language);
    }

    [Fact]
    public async Task FirstMessage_WithoutALanguage_IsAnsweredInIndonesian()
    {
        await using var bot = await TestBot.StartAsync();

        var reply = MessageAssertions.Single(await bot.SubmitAsync(bot.TextUpdate(Chat, "/start", languageCode: null)));

        Assert.Equal(Texts.Id.Format("welcome", " Siti"), reply.Text);
    }

    [Fact]
    public async Task LaterMessage_FromAnEnglishApp_KeepsTheLanguageTheChatHas()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.SendTextAsync(Chat, "/start");

        var reply = MessageAssertions.Single(await bot.SubmitAsync(bot.TextUpdate(Chat, "/batal", languageCode: "en")));

        Assert.Equal(Texts.Id["form.nothing_to_cancel"], reply.Text);
    }

    [Fact]
    public async Task Bahasa_En_SwitchesTheChatToEnglishAndBack()
    {
        await using var bot = await TestBot.StartAsync();

        var english = MessageAssertions.Single(await bot.SendTextAsync(Chat, "/bahasa en"));
        var cancel = MessageAssertions.Single(await bot.SendTextAsync(Chat, "/cancel"));
        var indonesian = MessageAssertions.Single(await bot.SendTextAsync(Chat, "/language id"));

        Assert.Equal(Texts.En["language.changed"], english.Text);
        Assert.Equal(Texts.En["form.nothing_to_cancel"], cancel.Text);
        Assert.Equal(Texts.Id["language.changed"], indonesian.Text);
        Assert.Equal(Languages.Indonesian, bot.ConversationOf()!.Language);
    }

    [Fact]
    public async Task Bahasa_WithoutAChoice_OffersBothLanguagesAsButtons()
    {
        await using var bot = await TestBot.StartAsync();

        var reply = MessageAssertions.Single(await bot.SendTextAsync(Chat, "/bahasa"));
        var english = MessageAssertions.Single(await bot.PressAsync(Chat, reply.Button("English")));

        Assert.Equal(Texts.Id["language.ask"], reply.Text);
        Assert.Equal(Texts.En["language.changed"], english.Text);
    }

    [Fact]
    public async Task EnglishForm_AcceptsTheEnglishFormWords()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.SendTextAsync(Chat, "/language en");
        await bot.SendTextAsync(Chat, "/profile");
        await bot.SendTextAsync(Chat, ProfileScript.Owner);

        var back = MessageAssertions.Single(await bot.SendTextAsync(Chat, "back"));
        var cancelled = MessageAssertions.Single(await bot.SendTextAsync(Chat, "cancel"));

        Assert.EndsWith(Texts.En["profile.owner.prompt"], back.Text);
        Assert.Equal(Texts.En.Format("form.cancelled", Texts.En["profile.title"]), cancelled.Text);
    }
}
