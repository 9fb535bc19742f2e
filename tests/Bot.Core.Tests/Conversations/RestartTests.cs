using Bot.Core.Localization;
using Bot.Core.Profiles;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Conversations;

/// <summary>Everything a chat needs lives in the database: a restart (clean or not) continues where it was.</summary>
public sealed class RestartTests
{
    private const string Chat = TestBot.Chat;
    private static readonly Localizer T = Texts.Id;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Form_AnsweredTwoQuestionsThenRestarted_ContinuesAtTheThird(bool crash)
    {
        await using var bot = await TestBot.StartAsync();
        var sector = await ProfileScript.UntilSectorAsync(bot);

        await bot.RestartAsync(crash);
        var area = MessageAssertions.Single(await bot.PressAsync(Chat, sector.Button(T["sector.kriya"])));

        Assert.Contains(T["profile.area.prompt"], area.Text);
        var conversation = bot.ConversationOf()!;
        Assert.Equal(ProfileScript.StepOf("area"), conversation.Step);
        Assert.Equal(ProfileScript.Owner, conversation.Fields["owner"]);
        Assert.Equal(ProfileScript.Business, conversation.Fields["business"]);
        Assert.Equal("kriya", conversation.Fields["sector"]);
    }

    [Fact]
    public async Task Form_FinishedAfterARestart_SavesTheAnswersGivenBeforeIt()
    {
        await using var bot = await TestBot.StartAsync();
        await ProfileScript.UntilPhoneAsync(bot);

        await bot.RestartAsync(crash: true);
        await bot.SendTextAsync(Chat, ProfileScript.Phone);
        var consent = MessageAssertions.Single(await bot.SendTextAsync(Chat, "lewati"));
        var summary = MessageAssertions.Single(await bot.PressAsync(Chat, consent.Button(T["profile.consent.yes"])));
        await bot.PressAsync(Chat, summary.Button(T["form.button.save"]));

        var profile = ProfileScript.Saved(bot)!;
        Assert.Equal(ProfileScript.Owner, profile.OwnerName);
        Assert.Equal(ProfileScript.Kelurahan, profile.Kelurahan);
        Assert.Equal(ProfileScript.PhoneE164, profile.Phone);
    }

    [Fact]
    public async Task Expiry_OfAFormOpenBeforeARestart_StillApplies()
    {
        await using var bot = await TestBot.StartAsync(o => o.RunSweeper = false);
        await ProfileScript.UntilSectorAsync(bot);

        await bot.RestartAsync();
        bot.Clock.Advance(bot.FormExpiry);
        var reply = MessageAssertions.Single(await bot.SendTextAsync(Chat, "1"));

        Assert.Equal(T.Format("form.expired", T["profile.title"], T.Format("duration.hours", 24), ProfileForm.FormName), reply.Text);
    }

    [Fact]
    public async Task Language_ChosenBeforeARestart_IsKept()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.SendTextAsync(Chat, "/bahasa en");

        await bot.RestartAsync(crash: true);
        var reply = MessageAssertions.Single(await bot.SendTextAsync(Chat, "/batal"));

        Assert.Equal(Texts.En["form.nothing_to_cancel"], reply.Text);
    }
}
