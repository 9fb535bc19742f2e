using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Host.Discord.Models;
using Microsoft.Extensions.Options;

namespace Bot.Host.Discord.Workspace;

/// <summary>
/// Decides Discord's first response to each interaction without waiting for the pipeline, so it always beats the
/// 3-second deadline: a modal for buttons that open one, a private refusal for non-moderators, a private answer for
/// commands still to come, and otherwise a deferral whose reply the pipeline sends later.
/// Moderators are checked here, from the roles Discord sends with the interaction: a modal must be the first response,
/// so the check cannot wait for the pipeline, and a refusal here leaves the database untouched.
/// </summary>
internal sealed class DiscordInteractionRouter(
    DiscordModals modals,
    DiscordSlashCommands slashCommands,
    DiscordModerators moderators,
    TextCatalog texts,
    IOptions<DiscordOptions> options)
{
    public DiscordDecision Decide(DiscordInteraction interaction)
    {
        var t = texts.For(Languages.FromLanguageCode(interaction.Locale));
        if (interaction.Invoker is not { } user)
        {
            return DiscordDecision.Private(t["workspace.discord.unknown"]);
        }

        var moderator = moderators.Check(user.Id, interaction.Member);
        return interaction.Type switch
        {
            InteractionType.ApplicationCommand => SlashCommand(interaction, user, moderator, t),
            InteractionType.MessageComponent => Component(interaction, user, moderator, t),
            InteractionType.ModalSubmit => ModalSubmit(interaction, user, moderator, t),
            _ => DiscordDecision.Private(t["workspace.discord.unknown"]),
        };
    }

    private DiscordDecision SlashCommand(DiscordInteraction interaction, DiscordUser user, bool moderator, Localizer t)
    {
        if (slashCommands.Find(interaction.Data?.Name) is not { } command)
        {
            return DiscordDecision.Private(t["workspace.discord.unknown"]);
        }

        if (!moderator)
        {
            return DiscordDecision.Private(t["workspace.discord.refused"]);
        }

        var update = Update(interaction, user) with { Kind = InboundKind.Text, Text = command.ToCommand(interaction.Data!) };
        return new DiscordDecision(InteractionResponse.Defer(ephemeral: true), update, EditsOriginal: true);
    }

    private DiscordDecision Component(DiscordInteraction interaction, DiscordUser user, bool moderator, Localizer t)
    {
        var customId = interaction.Data?.CustomId;
        if (string.IsNullOrEmpty(customId))
        {
            return DiscordDecision.Private(t["workspace.discord.unknown"]);
        }

        var modal = modals.Find(customId);
        if ((modal is not null || InWorkspace(interaction.ChannelId)) && !moderator)
        {
            return DiscordDecision.Private(t["workspace.discord.refused"]);
        }

        if (modal is not null)
        {
            return new DiscordDecision(InteractionResponse.Modal(modal.Build(customId, t)));
        }

        // Buttons on answers in the mention channel are open to every member: they act on the presser's own chat.
        var update = Update(interaction, user) with { Kind = InboundKind.Button, Button = new ButtonPress(customId, interaction.Id, interaction.Message?.Id) };
        return new DiscordDecision(InteractionResponse.DeferUpdate(), update);
    }

    private DiscordDecision ModalSubmit(DiscordInteraction interaction, DiscordUser user, bool moderator, Localizer t)
    {
        var customId = interaction.Data?.CustomId;
        if (modals.Find(customId) is not { } modal)
        {
            return DiscordDecision.Private(t["workspace.discord.unknown"]);
        }

        if (!moderator)
        {
            return DiscordDecision.Private(t["workspace.discord.refused"]);
        }

        // The card the modal was opened from, so the pipeline can edit it; never a private (ephemeral) message.
        var card = interaction.Message is { IsEphemeral: false } message ? message.Id : null;
        var command = modal.ToCommand(customId!, interaction.Data!.SubmittedValues());
        var update = Update(interaction, user) with { Kind = InboundKind.Button, Button = new ButtonPress(command, interaction.Id, card) };
        return new DiscordDecision(InteractionResponse.Defer(ephemeral: true), update, EditsOriginal: true);
    }

    private bool InWorkspace(string? channelId) =>
        channelId is not null && (channelId == options.Value.QuestionsChannelId || channelId == options.Value.CurationChannelId);

    private static InboundUpdate Update(DiscordInteraction interaction, DiscordUser user) => new()
    {
        Platform = Platform.Discord,
        UpdateId = interaction.Id,
        ChatId = DiscordChat.Member(interaction.ChannelId ?? user.Id, user.Id),
        SenderId = user.Id,
        SenderName = user.DisplayName,
        LanguageCode = interaction.Locale,
    };
}
