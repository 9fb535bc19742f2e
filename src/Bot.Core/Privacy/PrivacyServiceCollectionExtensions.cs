using Bot.Core.Audit;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;
using Bot.Core.ExportFaq;
using Bot.Core.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Privacy;

public static class PrivacyServiceCollectionExtensions
{
    /// <summary>
    /// The UU PDP commands and the personal data of the features built so far. A new feature adds its own
    /// <see cref="IPersonalDataSource"/> in its AddXxx extension; the commands find it there.
    /// </summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddSingleton<PersonalData>();
        services.AddSingleton<ConsentWithdrawal>();
        services.AddSingleton<IPersonalDataSource, ProfilePersonalData>();
        services.AddSingleton<IPersonalDataSource, ConversationPersonalData>();
        services.AddSingleton<IPersonalDataSource, FaqPersonalData>();
        services.AddSingleton<IPersonalDataSource, AuditPersonalData>();
        services.AddSingleton<IPersonalDataSource, OutboxPersonalData>();
        services.AddSingleton<IPersonalDataSource, ExportFilePersonalData>();
        services.AddSingleton<IBotCommand, PrivacyCommand>();
        services.AddSingleton<IBotCommand, MyDataCommand>();
        services.AddSingleton<IBotCommand, CorrectDataCommand>();
        services.AddSingleton<IBotCommand, EraseDataCommand>();
        return services;
    }
}
