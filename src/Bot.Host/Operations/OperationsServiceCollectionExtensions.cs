using Bot.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Host.Operations;

public static class OperationsServiceCollectionExtensions
{
    /// <summary>The health endpoint (and backups through it) when Health:Port is set.</summary>
    public static IServiceCollection AddOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<HealthOptions>(configuration, HealthOptions.Section);
        services.AddSingleton<HealthReporter>();
        if (configuration.GetValue<int>($"{HealthOptions.Section}:{nameof(HealthOptions.Port)}") > 0)
        {
            services.AddHostedService<HealthServer>();
        }

        return services;
    }
}
