using Bot.Core.Conversations;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Tests.Conversations;

/// <summary>An update delivered twice (platform retry, restart before the acknowledgement) has one effect.</summary>
public sealed class DeduplicationTests
{
    private const string Chat = TestBot.Chat;
    private static readonly Localizer T = Texts.Id;

    [Fact]
    public async Task SameUpdateId_InTwoBatches_IsAppliedOnce()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.SendTextAsync(Chat, "/profil");
        var answer = bot.TextUpdate(Chat, ProfileScript.Owner, updateId: "tg-500");
        var business = bot.TextUpdate(Chat, ProfileScript.Business, updateId: "tg-500");

        var first = await bot.SubmitAsync(answer);
        var second = await bot.SubmitAsync(business);

        Assert.Contains(T["profile.business.prompt"], MessageAssertions.Single(first).Text);
        Assert.Empty(second);
        var conversation = bot.ConversationOf()!;
        Assert.Equal(1, conversation.Step);
        Assert.DoesNotContain("business", conversation.Fields.Keys);
        Assert.Equal(1, bot.Services.GetRequiredService<PipelineMetrics>().DuplicateCount);
    }

    [Fact]
    public async Task SameUpdateId_TwiceInOneBatch_IsAppliedOnce()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.SendTextAsync(Chat, "/profil");
        var before = bot.RepliesTo(Chat).Count;

        await bot.SubmitTogetherAsync(
            bot.TextUpdate(Chat, ProfileScript.Owner, updateId: "tg-600"),
            bot.TextUpdate(Chat, ProfileScript.Owner, updateId: "tg-600"));

        Assert.Single(bot.RepliesTo(Chat).Skip(before));
        Assert.Equal(1, bot.ConversationOf()!.Step);
        Assert.Equal(1, bot.Services.GetRequiredService<PipelineMetrics>().DuplicateCount);
    }

    [Fact]
    public async Task SameUpdateId_AfterARestart_IsStillRecognised()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.SubmitAsync(bot.TextUpdate(Chat, "/start", updateId: "tg-700"));

        await bot.RestartAsync(crash: true);
        var again = await bot.SubmitAsync(bot.TextUpdate(Chat, "/start", updateId: "tg-700"));

        Assert.Empty(again);
        Assert.Single(bot.RepliesTo(Chat));
    }

    [Fact]
    public async Task SameUpdateId_OnAnotherPlatform_IsADifferentUpdate()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.SubmitAsync(bot.TextUpdate(Chat, "/start", updateId: "42"));

        var other = bot.TextUpdate(Chat, "/start", updateId: "42") with { Platform = Platform.Discord };
        await bot.Pipeline.SubmitAsync(other, CancellationToken.None);

        Assert.True(bot.Database.WasProcessed("Local:42"));
        Assert.True(bot.Database.WasProcessed("Discord:42"));
        Assert.False(bot.Database.WasProcessed("Telegram:42"));
        Assert.NotNull(bot.Database.Conversations.FindById("Discord:" + Chat));
    }
}
