using System.Text;
using Bot.Host.Discord.Models;
using Bot.Host.Discord.Rest;
using Bot.Host.Tests.Discord.Fakes;

namespace Bot.Host.Tests.Discord;

/// <summary>The real REST client against the fake: messages, uploads and error results.</summary>
public sealed class RestMessageTests
{
    private const string Messages = "/channels/{channel_id}/messages";
    private const string Message = "/channels/{channel_id}/messages/{message_id}";

    [Fact]
    public async Task CreateMessage_SendsBotAuthorization_TheUserAgent_AndTheJsonBody()
    {
        await using var discord = await DiscordHarness.StartAsync();
        var card = new MessagePayload
        {
            Content = "Pengajuan kurasi baru",
            Embeds = [new Embed { Title = "Keripik Tempe Bu Sri", Color = 0x2E7D32, Fields = [new EmbedField("Harga", "Rp 15.000", Inline: true)] }],
            Components = [ActionRow.Of(ButtonComponent.Create(ButtonStyle.Success, "Setujui", "cur:approve:42"), ButtonComponent.Link("Panduan", "https://example.org/kurasi"))],
            AllowedMentions = AllowedMentions.None,
            MessageReference = new MessageReference("1400000000000000099"),
        };

        var result = await discord.Rest.CreateMessageAsync(FakeDiscordServer.ChannelId, card, CancellationToken.None);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(FakeDiscordServer.ChannelId, result.Value.ChannelId);
        var request = Assert.Single(discord.Server.RequestsTo("POST", Messages));
        Assert.Equal("Bot " + DiscordTestTokens.Bot, request.Authorization);
        Assert.StartsWith("DiscordBot (https://", request.UserAgent, StringComparison.Ordinal);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        var body = request.Json!;
        Assert.Equal("Keripik Tempe Bu Sri", body["embeds"]![0]!["title"]!.GetValue<string>());
        Assert.True(body["embeds"]![0]!["fields"]![0]!["inline"]!.GetValue<bool>());
        var row = body["components"]![0]!;
        Assert.Equal(1, row["type"]!.GetValue<int>());
        Assert.Equal(2, row["components"]![0]!["type"]!.GetValue<int>());
        Assert.Equal(3, row["components"]![0]!["style"]!.GetValue<int>());
        Assert.Equal("cur:approve:42", row["components"]![0]!["custom_id"]!.GetValue<string>());
        Assert.Equal("https://example.org/kurasi", row["components"]![1]!["url"]!.GetValue<string>());
        Assert.Empty(body["allowed_mentions"]!["parse"]!.AsArray());
        Assert.Equal("1400000000000000099", body["message_reference"]!["message_id"]!.GetValue<string>());
        Assert.False(body.AsObject().ContainsKey("nonce"), "null members are left out");
    }

    [Fact]
    public async Task EditMessage_SendsOnlyWhatChanges()
    {
        await using var discord = await DiscordHarness.StartAsync();
        var created = await discord.Rest.CreateMessageAsync(FakeDiscordServer.ChannelId, new MessagePayload
        {
            Content = "Menunggu keputusan",
            Components = [ActionRow.Of(ButtonComponent.Create(ButtonStyle.Success, "Setujui", "cur:approve:42"))],
        }, CancellationToken.None);

        var edited = await discord.Rest.EditMessageAsync(FakeDiscordServer.ChannelId, created.Value!.Id, new MessagePayload { Content = "Disetujui oleh @kurator", Components = [] }, CancellationToken.None);

        Assert.True(edited.IsSuccess, edited.ToString());
        var body = Assert.Single(discord.Server.RequestsTo("PATCH", Message)).Json!.AsObject();
        Assert.Equal(["content", "components"], body.Select(p => p.Key));
        Assert.Empty(discord.Server.GetMessage(created.Value.Id)!["components"]!.AsArray());
        Assert.Equal("Disetujui oleh @kurator", edited.Value.Content);
    }

    [Fact]
    public async Task Upload_SendsPayloadJsonAndOneFilesPartPerFile()
    {
        await using var discord = await DiscordHarness.StartAsync();
        FileUpload[] files =
        [
            new("foto-1.jpg", Encoding.ASCII.GetBytes("jpeg bytes"), "image/jpeg"),
            new("foto-2.png", Encoding.ASCII.GetBytes("png bytes!"), "image/png") { Description = "Kemasan" },
            new("label gizi.pdf", Encoding.ASCII.GetBytes("%PDF-1.7"), "application/pdf"),
        ];
        var card = new MessagePayload { Embeds = [new Embed { Title = "Produk", Image = new EmbedMedia("attachment://foto-1.jpg") }] };

        var result = await discord.Rest.CreateMessageAsync(FakeDiscordServer.ChannelId, card, files, CancellationToken.None);

        Assert.True(result.IsSuccess, result.ToString());
        var request = Assert.Single(discord.Server.RequestsTo("POST", Messages));
        Assert.StartsWith("multipart/form-data", request.ContentType, StringComparison.Ordinal);
        Assert.Equal(["payload_json", "files[0]", "files[1]", "files[2]"], request.Parts.Select(p => p.Name));
        Assert.Equal(files.Select(f => f.FileName), request.Files.Select(p => p.FileName));
        Assert.Equal(files.Select(f => f.ContentType), request.Files.Select(p => p.ContentType));
        Assert.Equal(files.Select(f => f.Content.ToArray()), request.Files.Select(p => p.Content));
        Assert.StartsWith("application/json", request.Parts[0].ContentType, StringComparison.Ordinal);
        var attachments = request.Json!["attachments"]!.AsArray();
        Assert.Equal(["0", "1", "2"], attachments.Select(a => a!["id"]!.GetValue<string>()));
        Assert.Equal("Kemasan", attachments[1]!["description"]!.GetValue<string>());
        Assert.Equal("attachment://foto-1.jpg", request.Json["embeds"]![0]!["image"]!["url"]!.GetValue<string>());
        Assert.Equal(files.Select(f => f.FileName), result.Value.Attachments!.Select(a => a.Filename));
        Assert.All(result.Value.Attachments!, a => Assert.StartsWith(discord.Server.BaseUrl, a.Url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task EditWithUpload_KeepsTheListedAttachments_AndAddsTheNewFile()
    {
        await using var discord = await DiscordHarness.StartAsync();
        var created = await discord.Rest.CreateMessageAsync(
            FakeDiscordServer.ChannelId,
            new MessagePayload { Content = "Foto produk" },
            [new FileUpload("a.jpg", new byte[] { 1 }, "image/jpeg"), new FileUpload("b.jpg", new byte[] { 2 }, "image/jpeg")],
            CancellationToken.None);
        var keep = created.Value!.Attachments![0];

        var edited = await discord.Rest.EditMessageAsync(
            FakeDiscordServer.ChannelId,
            created.Value.Id,
            new MessagePayload { Attachments = [new AttachmentReference(keep.Id), new AttachmentReference("0", "c.jpg")] },
            [new FileUpload("c.jpg", new byte[] { 3 }, "image/jpeg")],
            CancellationToken.None);

        Assert.True(edited.IsSuccess, edited.ToString());
        Assert.Equal(["a.jpg", "c.jpg"], edited.Value.Attachments!.Select(a => a.Filename));
        Assert.Equal(keep.Id, edited.Value.Attachments![0].Id);
    }

    [Theory]
    [InlineData(403, DiscordErrorCodes.MissingPermissions, DiscordRestStatus.Forbidden)]
    [InlineData(404, DiscordErrorCodes.UnknownChannel, DiscordRestStatus.NotFound)]
    [InlineData(400, DiscordErrorCodes.InvalidFormBody, DiscordRestStatus.Rejected)]
    [InlineData(500, 0, DiscordRestStatus.Transient)]
    [InlineData(502, 0, DiscordRestStatus.Transient)]
    public async Task Refusals_AndServerErrors_AreResults_AndAreNotRetried(int status, int code, DiscordRestStatus expected)
    {
        await using var discord = await DiscordHarness.StartAsync();
        discord.Server.FailNext("POST", Messages, status, code, "refused by the test");

        var result = await discord.Rest.CreateMessageAsync(FakeDiscordServer.ChannelId, MessagePayload.Text("Halo"), CancellationToken.None);

        Assert.Equal(expected, result.Status);
        Assert.Equal(status, result.HttpStatus);
        Assert.Equal(code, result.ErrorCode);
        Assert.Single(discord.Server.RequestsTo("POST", Messages));
    }

    [Fact]
    public async Task DroppedConnection_IsATransientResult()
    {
        await using var discord = await DiscordHarness.StartAsync();
        discord.Server.AbortNext("POST", Messages);

        var result = await discord.Rest.CreateMessageAsync(FakeDiscordServer.ChannelId, MessagePayload.Text("Halo"), CancellationToken.None);

        Assert.Equal(DiscordRestStatus.Transient, result.Status);
        Assert.Equal(0, result.HttpStatus);
    }

    [Fact]
    public async Task RejectedToken_IsUnauthorized_WithAClearLogLine_AndTheTokenIsNotLogged()
    {
        await using var discord = await DiscordHarness.StartAsync(o => o.BotToken = "MTQwMDAwMDAwMDAwMDAwMDA5.GwRoNg.wrongTokenForTestsOnly_abcdefghijklmn");

        var result = await discord.Rest.CreateMessageAsync(FakeDiscordServer.ChannelId, MessagePayload.Text("Halo"), CancellationToken.None);

        Assert.Equal(DiscordRestStatus.Unauthorized, result.Status);
        Assert.Contains(discord.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains("rejected the bot token (401)", StringComparison.Ordinal));
        Assert.DoesNotContain("wrongTokenForTestsOnly", discord.Logs.All, StringComparison.Ordinal);
    }
}
