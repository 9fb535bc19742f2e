using Bot.Core.Admin;
using Bot.Core.Curation;
using Bot.Core.Messaging;
using Bot.Core.Workspace;
using Bot.Host.Discord.Workspace;
using Bot.Host.Operations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Host.Discord;

public static class DiscordBotServiceCollectionExtensions
{
    /// <summary>
    /// Discord in the running bot when Discord:BotToken is set: the gateway adapter, the outbox sender, the moderators'
    /// workspace (question and curation cards, modals, slash commands), the role check and the health state. Without a
    /// token: a notice, logged once (and /healthz says "not configured").
    /// Call after AddBotCore.
    /// </summary>
    /// <returns>True when Discord is configured.</returns>
    public static bool AddDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        if (!services.AddDiscordTransport(configuration))
        {
            services.AddHostedService<DiscordDisabledNotice>();
            return false;
        }

        services.AddOptions<WorkspaceOptions>().Configure<IOptions<DiscordOptions>>((workspace, discord) =>
        {
            workspace.QuestionsChat = Channel(discord.Value.QuestionsChannelId) ?? workspace.QuestionsChat;
            workspace.CurationChat = Channel(discord.Value.CurationChannelId) ?? workspace.CurationChat;
        });

        services.AddSingleton<DiscordModerators>();
        services.AddSingleton<SettingsRoleDirectory>();
        services.Replace(ServiceDescriptor.Singleton<IRoleDirectory, DiscordRoleDirectory>());

        services.AddSingleton<DiscordReplyTargets>();
        services.AddSingleton<DiscordAttachments>();
        services.AddSingleton<IMessageSender, DiscordSender>();
        services.AddSingleton<DiscordModals>();
        services.AddSingleton<DiscordSlashCommands>();
        services.AddSingleton<DiscordInteractionRouter>();
        services.AddSingleton<DiscordMessageMapper>();
        services.AddHostedService<DiscordWorkspaceHost>();
        services.AddSingleton<IPlatformHealth, DiscordHealth>();

        services.AddDiscordModal(new AnswerQuestionModal(addToFaq: false));
        services.AddDiscordModal(new AnswerQuestionModal(addToFaq: true));
        services.AddDiscordModal(new DecisionNotesModal(DecisionOutcome.NeedsRevision));
        services.AddDiscordModal(new DecisionNotesModal(DecisionOutcome.Rejected));
        services.AddDiscordSlashCommand(new DiscordSlashCommand("faq-cari", "workspace.discord.command.faq_search")
        {
            Options = [new DiscordSlashOption("teks", "workspace.discord.command.faq_search.text", MaxLength: 300)],
            ToCommand = data => "/tanya " + data.Option("teks")?.Text,
        });
        services.AddDiscordSlashCommand(new DiscordSlashCommand("antrian", "workspace.discord.command.queue") { ToCommand = _ => "/antrian ringkas" });
        services.AddDiscordSlashCommand(new DiscordSlashCommand("statistik", "workspace.discord.command.stats") { ToCommand = _ => "/statistik" });
        return true;
    }

    /// <summary>A button (by custom_id prefix) that opens a modal for moderators; its submit runs a bot command.</summary>
    public static IServiceCollection AddDiscordModal(this IServiceCollection services, IDiscordModal modal) =>
        services.AddSingleton(modal);

    /// <summary>A guild slash command; registering a name again (e.g. /antrian once curation lands) replaces the earlier one.</summary>
    public static IServiceCollection AddDiscordSlashCommand(this IServiceCollection services, DiscordSlashCommand command) =>
        services.AddSingleton(command);

    private static ChatRef? Channel(string? channelId) =>
        string.IsNullOrWhiteSpace(channelId) ? null : new ChatRef(Platform.Discord, channelId.Trim());
}
