using System.Text.Json.Nodes;
using Bot.Core.Conversations;
using Bot.Core.ExportFaq;
using Bot.Core.Localization;
using Bot.Host.Discord.Gateway;
using Bot.Host.Tests.Fakes;
using Bot.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Host.Tests.Discord;

/// <summary>Discord's 3-second deadline: the adapter answers every interaction itself, before the pipeline has run.</summary>
public sealed class DiscordAcknowledgementTests
{
    [Fact]
    public async Task WhileTheWriterIsBusy_SlashCommandsAndButtonsAreAcknowledgedAtOnce_AndAnsweredOnceItIsFree()
    {
        await using var h = await DiscordBotHarness.StartAsync();
        var knowledge = h.Bot.Get<FaqKnowledgeBase>();
        using var block = new WriterBlock();
        await h.Bot.Get<Pipeline>().EnqueueAsync(block, CancellationToken.None);
        await block.Entered.WaitAsync(DiscordBotHarness.Wait);

        var search = await h.Discord.InvokeSlashCommandAsync(DiscordBotHarness.Moderator, "faq-cari", new Dictionary<string, JsonNode?> { ["teks"] = "apa itu NIB" }, DiscordBotHarness.QuestionsChannel);
        var press = await h.Discord.PressButtonAsync(DiscordBotHarness.Member, "/bantuan", "1400000000000000800");
        var deferred = await h.Discord.WaitForCallbackAsync(search.Id);
        var deferredUpdate = await h.Discord.WaitForCallbackAsync(press.Id);

        Assert.Equal(5, deferred.Type);
        Assert.Equal(64, deferred.Data!["flags"]!.GetValue<int>());
        Assert.Equal(6, deferredUpdate.Type);
        Assert.Empty(h.Discord.RequestsTo("PATCH", DiscordRoutes.Original));
        Assert.Empty(h.Discord.RequestsTo("POST", DiscordRoutes.Followup));

        block.Release();
        var answer = (await h.Discord.WaitForRequestsAsync("PATCH", DiscordRoutes.Original, 1, timeout: DiscordBotHarness.Wait))[0];
        var help = (await h.Discord.WaitForRequestsAsync("POST", DiscordRoutes.Followup, 1, timeout: DiscordBotHarness.Wait))[0];
        var nib = knowledge.Index.Find(knowledge.Matcher.Match("apa itu NIB").TopicId!)!;
        Assert.StartsWith(nib.Answer.Indonesian, answer.Json!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(deferred.At <= answer.At);
        Assert.Equal(64, help.Json!["flags"]!.GetValue<int>());
        Assert.Contains("/profil", help.Json["content"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReplyWhoseInteractionHasExpired_IsPostedInTheChannel_MentioningTheMember()
    {
        await using var h = await DiscordBotHarness.StartAsync();
        h.Discord.FailNext("PATCH", DiscordRoutes.Original, 404, 10015, "Unknown Webhook");

        await h.Discord.InvokeSlashCommandAsync(DiscordBotHarness.Moderator, "faq-cari", new Dictionary<string, JsonNode?> { ["teks"] = "apa itu NIB" }, DiscordBotHarness.QuestionsChannel);
        var posted = await h.WaitForPostAsync(DiscordBotHarness.QuestionsChannel);

        Assert.StartsWith($"<@{DiscordBotHarness.Moderator.UserId}>", posted.Json!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(404, Assert.Single(h.Discord.RequestsTo("PATCH", DiscordRoutes.Original)).StatusCode);
    }

    [Fact]
    public async Task Statistik_RunsTheBotsStatistics_AndAnswersTheModeratorPrivately()
    {
        await using var h = await DiscordBotHarness.StartAsync();

        var invoked = await h.Discord.InvokeSlashCommandAsync(DiscordBotHarness.Moderator, "statistik");
        var deferred = await h.Discord.WaitForCallbackAsync(invoked.Id);
        var answer = (await h.Discord.WaitForRequestsAsync("PATCH", DiscordRoutes.Original, 1, timeout: DiscordBotHarness.Wait))[0];

        Assert.Equal(5, deferred.Type);
        Assert.Equal(64, deferred.Data!["flags"]!.GetValue<int>());
        var t = h.Bot.Get<TextCatalog>().For(Languages.Indonesian);
        var content = answer.Json!["content"]!.GetValue<string>();
        Assert.StartsWith(t["stats.title"][..12], content, StringComparison.Ordinal);
        Assert.Contains(t["stats.curation.title"], content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutDiscordSettings_TheBotRunsWithoutDiscord_AndSaysSoOnce()
    {
        await using var telegram = await FakeBotApiServer.StartAsync(TestTokens.Telegram);
        using var temp = new TempFolder();
        await using var bot = await RunningBot.StartAsync(telegram.BaseUrl, temp.File("bot.db"));
        telegram.EnqueueText(5553001, 5553001, "/start");

        await telegram.WaitForCallsAsync("sendMessage", 1, DiscordBotHarness.Wait);

        Assert.Single(bot.Logs.Lines, l => l.Contains("Discord is not configured", StringComparison.Ordinal));
        Assert.Null(bot.Host.Services.GetService<DiscordGatewayClient>());
    }
}
