using Bot.Core.Admin;
using Bot.Core.Conversations.Commands;
using Bot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Audit;

public static class AuditServiceCollectionExtensions
{
    /// <summary>The audit log's indexes, /audit, and the ban gate's notices (schema step 7 covers both).</summary>
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddSingleton<ISchemaStep, AdminSchemaStep>();
        services.AddSingleton<IBotCommand, AuditCommand>();
        return services;
    }
}
