using System.Text.Json.Nodes;
using Bot.Host.Discord.Gateway;
using Bot.Host.Discord.Models;
using Bot.Host.Discord.Rest;
using Bot.Host.Tests.Discord.Fakes;

namespace Bot.Host.Tests.Discord;

/// <summary>Interactions and mentions from the gateway, read as typed records and answered over REST.</summary>
public sealed class InteractionTests
{
    private const string ModeratorRole = "1400000000000000500";
    private static readonly FakeMember Curator = FakeMember.Create("1400000000000000700", "kurator_sri", ModeratorRole);

    [Fact]
    public async Task ButtonPress_ArrivesWithItsCustomIdAndTheMembersRoles_AndItsDeferIsRecorded()
    {
        await using var discord = await DiscordHarness.StartAsync();
        await discord.ConnectAsync();

        var pressed = await discord.Server.PressButtonAsync(Curator, "cur:approve:42", messageId: "1400000000000000800");
        var interaction = await ReadInteractionAsync(discord);
        var result = await discord.Rest.CreateInteractionResponseAsync(interaction, InteractionResponse.DeferUpdate(), CancellationToken.None);

        Assert.Equal(InteractionType.MessageComponent, interaction.Type);
        Assert.Equal("cur:approve:42", interaction.Data!.CustomId);
        Assert.Equal(2, interaction.Data.ComponentType);
        Assert.Equal("1400000000000000800", interaction.Message!.Id);
        Assert.Equal(Curator.UserId, interaction.Invoker!.Id);
        Assert.True(interaction.HasRole(ModeratorRole));
        Assert.False(interaction.HasRole("1400000000000000501"));
        Assert.DoesNotContain(pressed.Token, interaction.ToString(), StringComparison.Ordinal);
        Assert.True(result.IsSuccess, result.ToString());
        var callback = await discord.Server.WaitForCallbackAsync(pressed.Id);
        Assert.Equal(6, callback.Type);
        Assert.True(callback.Latency > TimeSpan.Zero);
        Assert.Null(Assert.Single(discord.Server.RequestsTo("POST", "/interactions/{interaction_id}/{interaction_token}/callback")).Authorization);
        LogAssert.NoSecrets(discord.Logs, pressed.Token);
    }

    [Fact]
    public async Task ModalOpened_ThenASecondCallback_IsRefusedAsAlreadyAcknowledged()
    {
        await using var discord = await DiscordHarness.StartAsync();
        await discord.ConnectAsync();
        var pressed = await discord.Server.PressButtonAsync(Curator, "cur:revise:42", messageId: "1400000000000000800");
        var interaction = await ReadInteractionAsync(discord);
        var modal = new ModalPayload("cur:revise-notes:42", "Catatan revisi",
        [
            new LabelComponent("Apa yang perlu diperbaiki?", new TextInputComponent("notes", TextInputStyle.Paragraph) { MaxLength = 1000, Required = true }),
        ]);

        var opened = await discord.Rest.CreateInteractionResponseAsync(interaction, InteractionResponse.Modal(modal), CancellationToken.None);
        var again = await discord.Rest.CreateInteractionResponseAsync(interaction, InteractionResponse.Defer(ephemeral: true), CancellationToken.None);

        Assert.True(opened.IsSuccess, opened.ToString());
        var data = (await discord.Server.WaitForCallbackAsync(pressed.Id)).Data!;
        Assert.Equal("cur:revise-notes:42", data["custom_id"]!.GetValue<string>());
        Assert.Equal("Catatan revisi", data["title"]!.GetValue<string>());
        var label = data["components"]![0]!;
        Assert.Equal(18, label["type"]!.GetValue<int>());
        Assert.Equal(4, label["component"]!["type"]!.GetValue<int>());
        Assert.Equal(2, label["component"]!["style"]!.GetValue<int>());
        Assert.Equal(DiscordRestStatus.Rejected, again.Status);
        Assert.Equal(DiscordErrorCodes.InteractionAlreadyAcknowledged, again.ErrorCode);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ModalSubmit_ValuesAreReadFromLabelsOrLegacyRows(bool legacyActionRows)
    {
        await using var discord = await DiscordHarness.StartAsync();
        await discord.ConnectAsync();

        await discord.Server.SubmitModalAsync(Curator, "cur:revise-notes:42", new Dictionary<string, string> { ["notes"] = "Foto kemasan kurang terang", ["price"] = "15000" }, legacyActionRows: legacyActionRows);
        var interaction = await ReadInteractionAsync(discord);

        Assert.Equal(InteractionType.ModalSubmit, interaction.Type);
        Assert.Equal("cur:revise-notes:42", interaction.Data!.CustomId);
        var values = interaction.Data.SubmittedValues();
        Assert.Equal("Foto kemasan kurang terang", values["notes"]);
        Assert.Equal("15000", values["price"]);
    }

    [Fact]
    public async Task SlashCommand_IsDeferred_ThenItsOriginalEdited_AndAFollowupSent()
    {
        await using var discord = await DiscordHarness.StartAsync();
        await discord.ConnectAsync();
        var invoked = await discord.Server.InvokeSlashCommandAsync(Curator, "faq-cari", new Dictionary<string, JsonNode?> { ["teks"] = "syarat ekspor keripik" });
        var interaction = await ReadInteractionAsync(discord);

        var deferred = await discord.Rest.CreateInteractionResponseAsync(interaction, InteractionResponse.Defer(ephemeral: true), CancellationToken.None);
        var original = await discord.Rest.EditOriginalInteractionResponseAsync(interaction.Token, MessagePayload.Text("3 jawaban ditemukan"), CancellationToken.None);
        var followup = await discord.Rest.CreateFollowupMessageAsync(interaction.Token, new MessagePayload { Content = "Lihat juga /statistik", Flags = MessageFlags.Ephemeral }, CancellationToken.None);

        Assert.Equal(InteractionType.ApplicationCommand, interaction.Type);
        Assert.Equal("faq-cari", interaction.Data!.Name);
        Assert.Equal("syarat ekspor keripik", interaction.Data.Option("teks")!.Text);
        Assert.True(deferred.IsSuccess && original.IsSuccess && followup.IsSuccess);
        Assert.Equal(64, (await discord.Server.WaitForCallbackAsync(invoked.Id)).Data!["flags"]!.GetValue<int>());
        Assert.Equal("3 jawaban ditemukan", original.Value.Content);
        Assert.Single(discord.Server.RequestsTo("PATCH", "/webhooks/{application_id}/{interaction_token}/messages/@original"));
        Assert.Equal(64, Assert.Single(discord.Server.RequestsTo("POST", "/webhooks/{application_id}/{interaction_token}")).Json!["flags"]!.GetValue<int>());
        LogAssert.NoSecrets(discord.Logs, invoked.Token);
    }

    [Fact]
    public async Task CallbackForAnUnknownInteraction_IsNotFound()
    {
        await using var discord = await DiscordHarness.StartAsync();

        var result = await discord.Rest.CreateInteractionResponseAsync("1400000000000000999", "bm90LWEtdG9rZW4", InteractionResponse.DeferUpdate(), CancellationToken.None);

        Assert.Equal(DiscordRestStatus.NotFound, result.Status);
        Assert.Equal(DiscordErrorCodes.UnknownInteraction, result.ErrorCode);
    }

    [Fact]
    public async Task MentionOfTheBot_ArrivesAsAMessageWithContentMentionsAndRoles()
    {
        await using var discord = await DiscordHarness.StartAsync();
        await discord.ConnectAsync();

        await discord.Server.PostMessageAsync(Curator, "apa syarat ekspor keripik ke Malaysia?", mentionBot: true);
        var dispatch = await discord.NextAsync();
        var message = dispatch.Deserialize<DiscordMessage>()!;

        Assert.Equal(GatewayEventNames.MessageCreate, dispatch.Type);
        Assert.Equal(FakeDiscordServer.ChannelId, message.ChannelId);
        Assert.True(message.MentionsUser(discord.Gateway.BotUserId!));
        Assert.Contains("syarat ekspor", message.Content, StringComparison.Ordinal);
        Assert.Equal(Curator.UserId, message.Author!.Id);
        Assert.True(message.Member!.HasRole(ModeratorRole));
        Assert.False(message.IsFromBotOrWebhook);
    }

    private static async Task<DiscordInteraction> ReadInteractionAsync(DiscordHarness discord)
    {
        var dispatch = await discord.NextAsync();
        Assert.Equal(GatewayEventNames.InteractionCreate, dispatch.Type);
        return dispatch.Deserialize<DiscordInteraction>()!;
    }
}
