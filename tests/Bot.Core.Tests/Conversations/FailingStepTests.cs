using Bot.Core.Localization;
using Bot.Core.Profiles;
using Bot.Core.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Tests.Conversations;

/// <summary>A flow step that throws: an apology, a safe state, other updates untouched, no retry loop.</summary>
public sealed class FailingStepTests
{
    private static readonly Localizer T = Texts.Id;

    [Fact]
    public async Task ThrowingStep_InABatch_ApologisesResetsThatChatAndLeavesTheOthersAlone()
    {
        var thrower = new ThrowingCommand();
        await using var bot = await TestBot.StartAsync(o => o.AddCommand(thrower));
        await ProfileScript.UntilSectorAsync(bot, "A");
        await ProfileScript.UntilSectorAsync(bot, "B");
        var beforeA = bot.RepliesTo("A").Count;
        var beforeB = bot.RepliesTo("B").Count;

        var boom = bot.TextUpdate("B", "/meledak");
        await bot.SubmitTogetherAsync(
            bot.TextUpdate("A", "1"),
            boom,
            bot.TextUpdate("A", "/bantuan"));

        var apology = Assert.Single(bot.RepliesTo("B").Skip(beforeB));
        Assert.Equal(T["error.apology"], apology.Text);
        Assert.True(apology.HasButton(T["menu.profile"]));
        Assert.False(bot.ConversationOf("B")!.InForm);
        Assert.Empty(bot.ConversationOf("B")!.Fields);

        var repliesA = bot.RepliesTo("A").Skip(beforeA).ToList();
        Assert.Equal(3, repliesA.Count);
        Assert.Contains(T["profile.area.prompt"], repliesA[0].Text);
        Assert.StartsWith(T["help.title"], repliesA[1].Text);
        Assert.Equal("kuliner", bot.ConversationOf("A")!.Fields["sector"]);
        Assert.Equal(ProfileForm.FormName, bot.ConversationOf("A")!.Form);

        Assert.Equal(1, thrower.Runs);
        Assert.True(bot.Database.WasProcessed(boom.Key));
        var error = Assert.Single(bot.Logs.Errors);
        Assert.IsType<InvalidOperationException>(error.Exception);
        Assert.Equal(LogLevel.Error, error.Level);
    }

    [Fact]
    public async Task ThrowingStep_DeliveredAgain_IsNotRunAgain()
    {
        var thrower = new ThrowingCommand();
        await using var bot = await TestBot.StartAsync(o => o.AddCommand(thrower));
        var boom = bot.TextUpdate(TestBot.Chat, "/meledak");

        var first = await bot.SubmitAsync(boom);
        var again = await bot.SubmitAsync(boom);

        Assert.Equal(T["error.apology"], MessageAssertions.Single(first).Text);
        Assert.Empty(again);
        Assert.Equal(1, thrower.Runs);
        Assert.DoesNotContain(bot.RepliesTo(TestBot.Chat), m => m.Text == "this reply must never be sent");
    }

    [Fact]
    public async Task ThrowingStep_ThenTheNextMessage_IsHandledNormally()
    {
        await using var bot = await TestBot.StartAsync(o => o.AddCommand(new ThrowingCommand()));
        await bot.SendTextAsync(TestBot.Chat, "/meledak");

        var reply = MessageAssertions.Single(await bot.SendTextAsync(TestBot.Chat, "/profil"));

        Assert.Contains(T["profile.owner.prompt"], reply.Text);
    }
}
