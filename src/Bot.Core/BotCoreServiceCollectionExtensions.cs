using Bot.Core.Admin;
using Bot.Core.Audit;
using Bot.Core.Broadcast;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;
using Bot.Core.Conversations.Forms;
using Bot.Core.Curation;
using Bot.Core.ExportFaq;
using Bot.Core.Localization;
using Bot.Core.Outbox;
using Bot.Core.Privacy;
using Bot.Core.Profiles;
using Bot.Core.Statistics;
using Bot.Core.Storage;
using Bot.Core.Training;
using Bot.Core.Workspace;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Core;

public static class BotCoreServiceCollectionExtensions
{
    /// <summary>Everything that is not a chat platform: storage, the pipeline, the outbox and the features.</summary>
    public static IServiceCollection AddBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddValidatedOptions<StorageOptions>(configuration, StorageOptions.Section);
        services.AddValidatedOptions<PipelineOptions>(configuration, PipelineOptions.Section);
        services.AddValidatedOptions<ConversationOptions>(configuration, ConversationOptions.Section);
        services.AddValidatedOptions<OutboxOptions>(configuration, OutboxOptions.Section);
        services.AddValidatedOptions<RoleOptions>(configuration, RoleOptions.Section);
        services.AddValidatedOptions<FaqOptions>(configuration, FaqOptions.Section);

        // Not bound from a section: a platform adapter (Discord) fills in its own channels.
        services.AddOptions<WorkspaceOptions>();

        services.AddSingleton<BotDatabase>();
        services.AddSingleton<TextCatalog>();
        services.AddSingleton<IRoleDirectory, SettingsRoleDirectory>();
        services.AddSingleton<BanGate>();
        services.AddSingleton<WriterMaintenance>();
        services.AddHostedService<PipelineSummary>();

        services.AddSingleton<PipelineQueue>();
        services.AddSingleton<Pipeline>();
        services.AddSingleton<PipelineMetrics>();
        services.AddSingleton<ProcessedKeys>();
        services.AddSingleton<BatchProcessor>();
        services.AddSingleton<UpdateRouter>();
        services.AddSingleton<CommandRegistry>();
        services.AddSingleton<FormRegistry>();
        services.AddSingleton<FormEngine>();
        services.AddSingleton<MenuFallback>();

        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<IOutboxFeed>(sp => sp.GetRequiredService<OutboxDispatcher>());

        // The dispatcher starts first: it loads unsent rows before the writer can add newer ones.
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddHostedService<PipelineWriter>();
        services.AddHostedService<ConversationSweeper>();
        services.AddSingleton<OutboxRetentionWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxRetentionWorker>());

        // Registration order is the order /bantuan lists the commands in.
        services.AddSingleton<IBotCommand, StartCommand>();
        services.AddProfiles();
        services.AddTraining(configuration);
        services.AddExportFaq();
        services.AddCuration(configuration);
        services.AddPrivacy();
        services.AddAudit();
        services.AddBroadcast(configuration);
        services.AddStatistics();
        services.AddSingleton<IBotCommand, LanguageCommand>();
        services.AddSingleton<IBotCommand, CancelCommand>();
        services.AddSingleton<IBotCommand, HelpCommand>();
        return services;
    }

    public static IServiceCollection AddProfiles(this IServiceCollection services)
    {
        services.AddSingleton<FormDefinition, ProfileForm>();
        services.AddSingleton<IBotCommand, ProfileCommand>();
        return services;
    }

    public static IServiceCollection AddExportFaq(this IServiceCollection services)
    {
        services.AddSingleton<FaqKnowledgeBase>();
        services.AddSingleton<FaqAnswerHandler>();
        services.AddSingleton<IFreeTextHandler>(sp => sp.GetRequiredService<FaqAnswerHandler>());
        services.AddSingleton<IBotCommand, AskCommand>();
        services.AddSingleton<IBotCommand, RateAnswerCommand>();
        services.AddSingleton<IBotCommand, ForwardQuestionCommand>();
        services.AddSingleton<FormDefinition, AnswerQuestionForm>();
        services.AddSingleton<IBotCommand, QuestionQueueCommand>();
        services.AddSingleton<QuestionAnswering>();
        services.AddSingleton<AnswerQuestionCommand>();
        services.AddSingleton<IBotCommand>(sp => sp.GetRequiredService<AnswerQuestionCommand>());
        services.AddSingleton<AddVariantCommand>();
        services.AddSingleton<IBotCommand>(sp => sp.GetRequiredService<AddVariantCommand>());
        services.AddSingleton<IBotCommand, AnswerAndAddCommand>();
        services.AddSingleton<FormDefinition, FaqEntryForm>();
        services.AddSingleton<IBotCommand, NewEntryCommand>();
        services.AddSingleton<IBotCommand, EditEntryCommand>();
        services.AddSingleton<IBotCommand, RemoveEntryCommand>();
        return services;
    }

    public static IServiceCollection AddValidatedOptions<TOptions>(this IServiceCollection services, IConfiguration configuration, string section)
        where TOptions : class
    {
        services.AddOptions<TOptions>().Bind(configuration.GetSection(section)).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
