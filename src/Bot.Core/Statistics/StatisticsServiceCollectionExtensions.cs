using Bot.Core.Conversations.Commands;
using Bot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Statistics;

public static class StatisticsServiceCollectionExtensions
{
    /// <summary>/statistik and the indexes it counts with (schema step 9).</summary>
    public static IServiceCollection AddStatistics(this IServiceCollection services)
    {
        services.AddSingleton<ISchemaStep, StatisticsSchema>();
        services.AddSingleton<StatisticsCalculator>();
        services.AddSingleton<IBotCommand, StatisticsCommand>();
        return services;
    }
}
