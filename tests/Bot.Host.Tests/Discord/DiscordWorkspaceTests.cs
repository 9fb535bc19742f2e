using System.Globalization;
using System.Text.Json.Nodes;
using Bot.Core.ExportFaq;
using Bot.Core.Localization;
using Bot.Core.Storage;
using Bot.Host.Tests.Discord.Fakes;

namespace Bot.Host.Tests.Discord;

/// <summary>The running bot on Discord: mentions answered from the FAQ, question cards, modals, and the moderator check.</summary>
public sealed class DiscordWorkspaceTests
{
    private const long TelegramChat = 5552001;
    private const string Unknown = "tas anyaman pandan bisa laku di timur tengah ga";
    private const string Answer = "Bisa. Ikuti kurasi dan konsultasi PPEJP dulu, lalu cari pembeli lewat pameran.";

    [Fact]
    public async Task AtStart_TheBotIdentifiesWithGuildMessagesOnly_AndOverwritesTheGuildsSlashCommands()
    {
        await using var h = await DiscordBotHarness.StartAsync();

        var identify = Assert.Single(h.Discord.Identifies);
        Assert.Equal(1 << 9, identify.Data!["intents"]!.GetValue<int>());
        var commands = h.Discord.RegisteredCommands!;
        Assert.Equal(["antrian", "faq-cari", "statistik"], commands.Select(c => c!["name"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        var text = commands.Single(c => c!["name"]!.GetValue<string>() == "faq-cari")!["options"]![0]!;
        Assert.Equal(3, text["type"]!.GetValue<int>());
        Assert.True(text["required"]!.GetValue<bool>());
        Assert.Single(h.Discord.RequestsTo("PUT", "/applications/{application_id}/guilds/{guild_id}/commands"));
    }

    [Fact]
    public async Task AMentionInTheChannel_IsAnsweredFromTheFaq_AsAReplyToTheMessage_AndOtherMessagesAreIgnored()
    {
        await using var h = await DiscordBotHarness.StartAsync();
        const string question = "apa itu NIB dan bagaimana cara membuatnya?";
        var match = h.Bot.Get<FaqKnowledgeBase>().Matcher.Match(question);
        var expected = h.Bot.Get<FaqKnowledgeBase>().Index.Find(match.TopicId!)!;

        await h.Discord.PostMessageAsync(DiscordBotHarness.Member, "selamat pagi semua");
        var asked = await h.Discord.PostMessageAsync(DiscordBotHarness.Member, question, mentionBot: true);
        var reply = await h.WaitForPostAsync(FakeDiscordServer.ChannelId);

        Assert.True(match.Answered);
        Assert.Equal(asked.Id, reply.Json!["message_reference"]!["message_id"]!.GetValue<string>());
        Assert.StartsWith(expected.Answer.Indonesian, reply.Json["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains($"/nilai {expected.Id} 1", CustomIds(reply.Json));
        Assert.Single(h.Discord.RequestsTo("POST", DiscordRoutes.ChannelMessages));
    }

    [Fact]
    public async Task ATelegramQuestion_IsPostedAsACard_AModeratorAnswersInTheModal_TheAskerGetsItOnTelegram_AndTheCardShowsWhoAnswered()
    {
        await using var h = await DiscordBotHarness.StartAsync();
        var t = Texts(h);

        var card = await ForwardFromTelegramAsync(h);
        var cardId = card.Response!["id"]!.GetValue<string>();
        Assert.Contains(Unknown, card.Json!["embeds"]![0]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("/jawab 1", CustomIds(card.Json)[0]);
        Assert.StartsWith("/jawab_faq 1", CustomIds(card.Json)[1], StringComparison.Ordinal);

        var press = await h.Discord.PressButtonAsync(DiscordBotHarness.Moderator, "/jawab 1", cardId, DiscordBotHarness.QuestionsChannel);
        var modal = await h.Discord.WaitForCallbackAsync(press.Id);
        Assert.Equal(9, modal.Type);
        Assert.Equal("/jawab 1", modal.Data!["custom_id"]!.GetValue<string>());

        var submit = await h.Discord.SubmitModalAsync(DiscordBotHarness.Moderator, "/jawab 1", new Dictionary<string, string> { ["answer"] = Answer }, DiscordBotHarness.QuestionsChannel, messageId: cardId);
        var deferred = await h.Discord.WaitForCallbackAsync(submit.Id);
        Assert.Equal(5, deferred.Type);
        Assert.Equal(64, deferred.Data!["flags"]!.GetValue<int>());

        var toAsker = await h.Telegram.WaitForCallsAsync("sendMessage", 1, DiscordBotHarness.Wait, c => c.Parameters["text"]!.GetValue<string>().Contains(Answer, StringComparison.Ordinal));
        Assert.Equal(TelegramChat.ToString(CultureInfo.InvariantCulture), toAsker[0].Parameters["chat_id"]!.ToString());
        var edited = (await h.Discord.WaitForRequestsAsync("PATCH", DiscordRoutes.ChannelMessage, 1, r => r.RouteValues["message_id"] == cardId, DiscordBotHarness.Wait))[0];
        Assert.Contains(DiscordBotHarness.Moderator.Username, edited.Json!["embeds"]![0]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(edited.Json["components"]!.AsArray());
        var confirmation = (await h.Discord.WaitForRequestsAsync("PATCH", DiscordRoutes.Original, 1, timeout: DiscordBotHarness.Wait))[0];
        Assert.Equal(t["faq.answer.sent"], confirmation.Json!["content"]!.GetValue<string>());
        var stored = FaqStore.FindQuestion(h.Bot.Get<BotDatabase>(), "1")!;
        Assert.Equal(Answer, stored.Answer);
        Assert.Equal("Discord:" + DiscordBotHarness.Moderator.UserId, stored.AnsweredBy);
    }

    [Fact]
    public async Task ANonModerator_IsRefusedPrivately_AndNothingChanges_ThenADiscordAskerGetsTheModeratorsAnswerInTheChannel()
    {
        await using var h = await DiscordBotHarness.StartAsync();
        var t = Texts(h);
        await h.Discord.PostMessageAsync(DiscordBotHarness.Member, Unknown, mentionBot: true);
        var unknown = await h.WaitForPostAsync(FakeDiscordServer.ChannelId);
        var forward = await h.Discord.PressButtonAsync(DiscordBotHarness.Member, "/teruskan", unknown.Response!["id"]!.GetValue<string>());
        var card = await h.WaitForPostAsync(DiscordBotHarness.QuestionsChannel);
        var cardId = card.Response!["id"]!.GetValue<string>();
        Assert.Equal(6, (await h.Discord.WaitForCallbackAsync(forward.Id)).Type);

        var press = await h.Discord.PressButtonAsync(DiscordBotHarness.Member, "/jawab 1", cardId, DiscordBotHarness.QuestionsChannel);
        var submit = await h.Discord.SubmitModalAsync(DiscordBotHarness.Member, "/jawab 1", new Dictionary<string, string> { ["answer"] = "jawaban dari orang yang bukan moderator" }, DiscordBotHarness.QuestionsChannel, messageId: cardId);
        var command = await h.Discord.InvokeSlashCommandAsync(DiscordBotHarness.Member, "faq-cari", new Dictionary<string, JsonNode?> { ["teks"] = "nib" });

        foreach (var interaction in new[] { press, submit, command })
        {
            var refusal = await h.Discord.WaitForCallbackAsync(interaction.Id);
            Assert.Equal(4, refusal.Type);
            Assert.Equal(64, refusal.Data!["flags"]!.GetValue<int>());
            Assert.Equal(t["workspace.discord.refused"], refusal.Data["content"]!.GetValue<string>());
        }

        Assert.Null(FaqStore.FindQuestion(h.Bot.Get<BotDatabase>(), "1")!.AnsweredUtc);

        var moderated = await h.Discord.SubmitModalAsync(DiscordBotHarness.Moderator, "/jawab 1", new Dictionary<string, string> { ["answer"] = Answer }, DiscordBotHarness.QuestionsChannel, messageId: cardId);
        var toAsker = await h.WaitForPostAsync(FakeDiscordServer.ChannelId, r => r.Json!["content"]!.GetValue<string>().Contains(Answer, StringComparison.Ordinal));
        Assert.StartsWith($"<@{DiscordBotHarness.Member.UserId}>", toAsker.Json!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal([DiscordBotHarness.Member.UserId], toAsker.Json["allowed_mentions"]!["users"]!.AsArray().Select(u => u!.GetValue<string>()));
        await h.Discord.WaitForRequestsAsync("PATCH", DiscordRoutes.Original, 1, timeout: DiscordBotHarness.Wait);
        Assert.Equal("Discord:" + DiscordBotHarness.Moderator.UserId, FaqStore.FindQuestion(h.Bot.Get<BotDatabase>(), "1")!.AnsweredBy);
        // The card's edit goes out on the questions channel's own lane, independent of the moderator's reply.
        await h.Discord.WaitForRequestsAsync("PATCH", DiscordRoutes.ChannelMessage, 1, timeout: DiscordBotHarness.Wait);
        Assert.Single(h.Discord.RequestsTo("PATCH", DiscordRoutes.ChannelMessage));
        Assert.Equal(5, (await h.Discord.WaitForCallbackAsync(moderated.Id)).Type);
    }

    private static async Task<RecordedRequest> ForwardFromTelegramAsync(DiscordBotHarness h)
    {
        h.Telegram.EnqueueText(TelegramChat, TelegramChat, Unknown);
        await h.Telegram.WaitForCallsAsync("sendMessage", 1, DiscordBotHarness.Wait);
        h.Telegram.EnqueueCallback(TelegramChat, TelegramChat, "/teruskan", messageId: 1);
        return await h.WaitForPostAsync(DiscordBotHarness.QuestionsChannel);
    }

    private static Localizer Texts(DiscordBotHarness h) => h.Bot.Get<TextCatalog>().For(Languages.Indonesian);

    private static List<string> CustomIds(JsonNode message) =>
        [.. message["components"]!.AsArray().SelectMany(row => row!["components"]!.AsArray()).Select(b => b!["custom_id"]!.GetValue<string>())];
}
