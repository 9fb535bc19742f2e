using Bot.Core.Broadcast;
using Bot.Core.Conversations.Commands;
using Bot.Core.Conversations.Forms;
using Bot.Core.Curation.Broadcast;
using Bot.Core.Curation.Export;
using Bot.Core.Curation.Photos;
using Bot.Core.Curation.Retention;
using Bot.Core.Curation.Review;
using Bot.Core.Curation.Submitting;
using Bot.Core.Curation.Workspace;
using Bot.Core.Outbox;
using Bot.Core.Privacy;
using Bot.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Curation;

public static class CurationServiceCollectionExtensions
{
    /// <summary>Product curation: the seller's form and status, photo downloads, the curators' queue and decisions, export and retention.</summary>
    public static IServiceCollection AddCuration(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<CurationOptions>(configuration, CurationOptions.Section);
        services.AddSingleton<ISchemaStep, CurationSchema>();
        services.AddSingleton<PhotoIntake>();
        services.AddSingleton<PhotoDownloadWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<PhotoDownloadWorker>());
        services.AddHostedService<RejectedPhotoRetentionWorker>();
        services.AddSingleton<SubmissionIntake>();
        services.AddSingleton<CurationDecisions>();
        services.AddSingleton<CurationCards>();
        services.AddSingleton<IOutboxAckObserver, CurationCardAcks>();
        services.AddSingleton<IPersonalDataSource, CurationPersonalData>();
        services.AddSingleton<IBroadcastAudience, SubmittersAudience>();

        services.AddSingleton<FormDefinition, CurationForm>();
        services.AddSingleton<FormDefinition, ReplacePhotosForm>();
        services.AddSingleton<FormDefinition, DecisionForm>();
        services.AddSingleton<IBotCommand, CurationCommand>();
        services.AddSingleton<IBotCommand, StatusCommand>();
        services.AddSingleton<IBotCommand, ResubmitCommand>();
        services.AddSingleton<IBotCommand, WithdrawCommand>();
        services.AddSingleton<IBotCommand, ReplacePhotosCommand>();
        services.AddSingleton<IBotCommand, QueueCommand>();
        services.AddSingleton<IBotCommand, DecideCommand>();
        services.AddSingleton<IBotCommand, CurationExportCommand>();
        foreach (var outcome in Enum.GetValues<DecisionOutcome>())
        {
            services.AddSingleton<IBotCommand>(sp => new CardDecisionCommand(outcome, sp.GetRequiredService<CurationDecisions>(), sp.GetRequiredService<CurationCards>()));
        }
        return services;
    }
}
