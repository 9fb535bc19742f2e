using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Bot.Core.Curation;
using Bot.Core.Localization;
using Bot.Core.Storage;
using Bot.Host.Discord.Gateway;
using Bot.Host.Tests.Operations;
using Bot.Host.Tests.Support;

namespace Bot.Host.Tests.Discord;

/// <summary>Curation in the moderators' workspace: a Telegram seller's product as a card, decided on Discord, the seller told on Telegram.</summary>
public sealed class DiscordCurationTests
{
    private const string Notes = "Foto kurang terang.\nLabel belum mencantumkan berat bersih.";
    private static readonly byte[][] Images = [TestPng.Create(640, 640, 1), TestPng.Create(800, 600, 2)];

    [Fact]
    public async Task AModeratorApprovesATelegramSellersProduct_FromTheCardWithItsPhotos_TheSellerIsToldOnTelegram_AndTheCardShowsWho()
    {
        await using var h = await StartAsync();
        var t = Texts(h);
        var seller = new TelegramSellerScript(h);
        await seller.SubmitAsync(Images);

        var card = await h.WaitForPostAsync(DiscordBotHarness.CurationChannel);
        var cardId = card.Response!["id"]!.GetValue<string>();
        Assert.StartsWith("multipart/form-data", card.ContentType, StringComparison.Ordinal);
        Assert.Equal(Images, card.Files.Select(f => f.Content));
        Assert.Equal(["K-0001-1.png", "K-0001-2.png"], card.Files.Select(f => f.FileName));
        var embed = card.Json!["embeds"]![0]!;
        Assert.Contains(TelegramSellerScript.Product, embed["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(TelegramSellerScript.Business, embed["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("attachment://K-0001-1.png", embed["image"]!["url"]!.GetValue<string>());
        Assert.Equal(["/kurasi_setuju 1 v1", "/kurasi_revisi 1 v1", "/kurasi_tolak 1 v1"], CustomIds(card.Json));
        Assert.Equal(2, h.Discord.GetMessage(cardId)!["attachments"]!.AsArray().Count);

        var press = await h.Discord.PressButtonAsync(DiscordBotHarness.Moderator, "/kurasi_setuju 1 v1", cardId, DiscordBotHarness.CurationChannel);

        Assert.Equal(6, (await h.Discord.WaitForCallbackAsync(press.Id)).Type);
        var notice = await h.Telegram.WaitForCallsAsync("sendMessage", 1, DiscordBotHarness.Wait, c => TelegramSellerScript.ToSeller(c) && Text(c).Contains(TelegramSellerScript.Product, StringComparison.Ordinal) && Text(c).StartsWith("🎉", StringComparison.Ordinal));
        Assert.Single(notice);
        var edited = (await h.Discord.WaitForRequestsAsync("PATCH", DiscordRoutes.ChannelMessage, 1, r => r.RouteValues["message_id"] == cardId, DiscordBotHarness.Wait))[0];
        Assert.Contains(t.Format("curation.card.decided", t["curation.state.approved"], DiscordBotHarness.Moderator.Username, string.Empty).TrimEnd(' ', '·'), Description(edited.Json!), StringComparison.Ordinal);
        Assert.Empty(edited.Json!["components"]!.AsArray());
        var confirmation = (await h.Discord.WaitForRequestsAsync("POST", DiscordRoutes.Followup, 1, timeout: DiscordBotHarness.Wait))[0];
        Assert.Equal(t.Format("curation.decision.saved", "K-0001", t["curation.outcome.approved"]), confirmation.Json!["content"]!.GetValue<string>());
        Assert.Equal(64, confirmation.Json["flags"]!.GetValue<int>());
        var stored = Submission(h);
        Assert.Equal(SubmissionState.Approved, stored.State);
        Assert.Equal("Discord:" + DiscordBotHarness.Moderator.UserId, Assert.Single(stored.Decisions).Curator);

        await h.Discord.PressButtonAsync(DiscordBotHarness.Moderator, "/kurasi_setuju 1 v1", cardId, DiscordBotHarness.CurationChannel);

        var again = (await h.Discord.WaitForRequestsAsync("POST", DiscordRoutes.Followup, 2, timeout: DiscordBotHarness.Wait))[1];
        Assert.Equal(t.Format("curation.decision.already_decided", "K-0001", t["curation.state.approved"]), again.Json!["content"]!.GetValue<string>());
        await h.Discord.WaitForRequestsAsync("PATCH", DiscordRoutes.ChannelMessage, 2, r => r.RouteValues["message_id"] == cardId, DiscordBotHarness.Wait);
        Assert.Single(Submission(h).Decisions);
        Assert.Single(seller.SentToSeller, c => Text(c).StartsWith("🎉", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NeedsRevision_OpensAModalForTheNotes_WhichReachTheSellerOnTelegram_AndTheCardShowsThem()
    {
        await using var h = await StartAsync();
        var seller = new TelegramSellerScript(h);
        await seller.SubmitAsync(Images);
        var card = await h.WaitForPostAsync(DiscordBotHarness.CurationChannel);
        var cardId = card.Response!["id"]!.GetValue<string>();

        var press = await h.Discord.PressButtonAsync(DiscordBotHarness.Moderator, "/kurasi_revisi 1 v1", cardId, DiscordBotHarness.CurationChannel);
        var modal = await h.Discord.WaitForCallbackAsync(press.Id);
        Assert.Equal(9, modal.Type);
        Assert.Equal("/kurasi_revisi 1 v1", modal.Data!["custom_id"]!.GetValue<string>());
        Assert.Contains("K-0001", modal.Data["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("notes", modal.Data["components"]![0]!["component"]!["custom_id"]!.GetValue<string>());

        var submit = await h.Discord.SubmitModalAsync(DiscordBotHarness.Moderator, "/kurasi_revisi 1 v1", new Dictionary<string, string> { ["notes"] = Notes }, DiscordBotHarness.CurationChannel, messageId: cardId);

        Assert.Equal(5, (await h.Discord.WaitForCallbackAsync(submit.Id)).Type);
        var notice = (await h.Telegram.WaitForCallsAsync("sendMessage", 1, DiscordBotHarness.Wait, c => TelegramSellerScript.ToSeller(c) && Text(c).Contains(Notes, StringComparison.Ordinal)))[0];
        Assert.Contains("/kirimulang 1", notice.Parameters["reply_markup"]!.ToJsonString(), StringComparison.Ordinal);
        var edited = (await h.Discord.WaitForRequestsAsync("PATCH", DiscordRoutes.ChannelMessage, 1, r => r.RouteValues["message_id"] == cardId, DiscordBotHarness.Wait))[0];
        Assert.Contains(Notes, Description(edited.Json!), StringComparison.Ordinal);
        Assert.Contains(DiscordBotHarness.Moderator.Username, Description(edited.Json!), StringComparison.Ordinal);
        var stored = Submission(h);
        Assert.Equal(SubmissionState.NeedsRevision, stored.State);
        Assert.Equal(Notes, Assert.Single(stored.Decisions).Note);
    }

    [Fact]
    public async Task ANonModerator_IsRefusedPrivatelyOnTheCardAndTheQueue_AndNothingChanges_WhileAModeratorSeesTheQueueSummary()
    {
        await using var h = await StartAsync();
        var t = Texts(h);
        var seller = new TelegramSellerScript(h);
        await seller.SubmitAsync(Images);
        var card = await h.WaitForPostAsync(DiscordBotHarness.CurationChannel);
        var cardId = card.Response!["id"]!.GetValue<string>();
        var toSeller = seller.SentToSeller.Count;

        var interactions = new[]
        {
            await h.Discord.PressButtonAsync(DiscordBotHarness.Member, "/kurasi_setuju 1 v1", cardId, DiscordBotHarness.CurationChannel),
            await h.Discord.PressButtonAsync(DiscordBotHarness.Member, "/kurasi_tolak 1 v1", cardId, DiscordBotHarness.CurationChannel),
            await h.Discord.SubmitModalAsync(DiscordBotHarness.Member, "/kurasi_tolak 1 v1", new Dictionary<string, string> { ["notes"] = "bukan moderator" }, DiscordBotHarness.CurationChannel, messageId: cardId),
            await h.Discord.InvokeSlashCommandAsync(DiscordBotHarness.Member, "antrian", channelId: DiscordBotHarness.CurationChannel),
        };
        foreach (var interaction in interactions)
        {
            var refusal = await h.Discord.WaitForCallbackAsync(interaction.Id);
            Assert.Equal(4, refusal.Type);
            Assert.Equal(64, refusal.Data!["flags"]!.GetValue<int>());
            Assert.Equal(t["workspace.discord.refused"], refusal.Data["content"]!.GetValue<string>());
        }

        var summary = await h.Discord.InvokeSlashCommandAsync(DiscordBotHarness.Moderator, "antrian", channelId: DiscordBotHarness.CurationChannel);
        Assert.Equal(5, (await h.Discord.WaitForCallbackAsync(summary.Id)).Type);
        var shown = (await h.Discord.WaitForRequestsAsync("PATCH", DiscordRoutes.Original, 1, timeout: DiscordBotHarness.Wait))[0].Json!["content"]!.GetValue<string>();
        Assert.Contains(t.Format("curation.summary.waiting", 1, 1, 0), shown, StringComparison.Ordinal);
        Assert.Contains(t["curation.summary.no_holds"], shown, StringComparison.Ordinal);

        var stored = Submission(h);
        Assert.Equal(SubmissionState.Submitted, stored.State);
        Assert.Empty(stored.Decisions);
        Assert.Empty(h.Discord.RequestsTo("PATCH", DiscordRoutes.ChannelMessage));
        Assert.Equal(toSeller, seller.SentToSeller.Count);
    }

    [Fact]
    public async Task Healthz_ReportsDiscordConnected_AndStoppedAfterAFatalClose()
    {
        var port = FreePort.Next();
        await using (var connected = await StartAsync(port: port))
        {
            var (status, report) = await HealthAsync(port);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal("connected", report["platforms"]!["discord"]!["state"]!.GetValue<string>());
        }

        port = FreePort.Next();
        await using var h = await StartAsync(port: port, identifyCloseCode: 4004);
        await h.Discord.WaitUntilAsync(() => h.Bot.Get<DiscordGatewayClient>().State == GatewayState.Stopped, "the gateway to stop on 4004", DiscordBotHarness.Wait);

        var (stoppedStatus, stopped) = await HealthAsync(port);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, stoppedStatus);
        Assert.Equal("degraded", stopped["status"]!.GetValue<string>());
        var discord = stopped["platforms"]!["discord"]!;
        Assert.True(discord["configured"]!.GetValue<bool>());
        Assert.False(discord["connected"]!.GetValue<bool>());
        Assert.StartsWith("stopped: ", discord["state"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("4004", discord["state"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Single(h.Discord.Identifies);
    }

    private static Task<DiscordBotHarness> StartAsync(int? port = null, int? identifyCloseCode = null)
    {
        var settings = new Dictionary<string, string?> { ["Curation:DownloadRetrySeconds"] = "1" };
        if (port is { } p)
        {
            settings["Health:Port"] = p.ToString(CultureInfo.InvariantCulture);
        }

        return DiscordBotHarness.StartAsync(d => d.IdentifyCloseCode = identifyCloseCode, settings, waitUntilReady: identifyCloseCode is null);
    }

    private static async Task<(HttpStatusCode Status, JsonObject Report)> HealthAsync(int port)
    {
        using var http = new HttpClient { Timeout = DiscordBotHarness.Wait };
        using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/healthz"));
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    private static Submission Submission(DiscordBotHarness h) => SubmissionStore.Collection(h.Bot.Get<BotDatabase>()).FindById(1);

    private static Localizer Texts(DiscordBotHarness h) => h.Bot.Get<TextCatalog>().For(Languages.Indonesian);

    private static string Text(Bot.Host.Tests.Fakes.RecordedCall call) => call.Parameters["text"]!.GetValue<string>();

    private static string Description(JsonNode message) => message["embeds"]![0]!["description"]!.GetValue<string>();

    private static List<string> CustomIds(JsonNode message) =>
        [.. message["components"]!.AsArray().SelectMany(row => row!["components"]!.AsArray()).Select(b => b!["custom_id"]!.GetValue<string>())];
}
