using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;
using Bot.Core.Conversations.Forms;
using Bot.Core.Outbox;
using Bot.Core.Privacy;
using Bot.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Broadcast;

public static class BroadcastServiceCollectionExtensions
{
    /// <summary>
    /// /broadcast and /broadcast_batal, the blocked-chat marks, and the "all consenting sellers" audience. Other
    /// features add their audiences with <c>services.AddSingleton&lt;IBroadcastAudience, X&gt;()</c>.
    /// </summary>
    public static IServiceCollection AddBroadcast(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<BroadcastOptions>(configuration, BroadcastOptions.Section);
        services.AddSingleton<ISchemaStep, BroadcastSchemaStep>();
        services.AddSingleton<BlockedChats>();
        services.AddSingleton<IUpdateObserver>(sp => sp.GetRequiredService<BlockedChats>());
        services.AddSingleton<IOutboxAckObserver>(sp => sp.GetRequiredService<BlockedChats>());
        services.AddSingleton<BroadcastService>();
        services.AddSingleton<IOutboxAckObserver, BroadcastAckObserver>();
        services.AddSingleton<IPersonalDataSource, BroadcastPersonalData>();
        services.AddSingleton<IBroadcastAudience, ConsentedSellersAudience>();
        services.AddSingleton<FormDefinition, BroadcastForm>();
        services.AddSingleton<IBotCommand, BroadcastCommand>();
        services.AddSingleton<IBotCommand, BroadcastSendCommand>();
        services.AddSingleton<IBotCommand, BroadcastCancelCommand>();
        services.AddHostedService<BroadcastRunner>();
        return services;
    }
}
