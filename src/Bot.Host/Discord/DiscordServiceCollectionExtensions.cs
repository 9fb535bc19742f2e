using Bot.Core;
using Bot.Host.Discord.Gateway;
using Bot.Host.Discord.Rest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Host.Discord;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Discord settings (validated at start-up) and, when a bot token is set, the REST client and the
    /// gateway client as singletons. Nothing runs yet: a hosted service has to call
    /// <see cref="DiscordGatewayClient.RunAsync"/> and read its dispatches.
    /// </summary>
    /// <returns>True when Discord is configured.</returns>
    public static bool AddDiscordTransport(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<DiscordOptions>(configuration, DiscordOptions.Section);
        if (string.IsNullOrWhiteSpace(configuration.GetSection(DiscordOptions.Section)[nameof(DiscordOptions.BotToken)]))
        {
            return false;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            // A plain HttpClient, not the factory: no request logging at all (interaction tokens sit in paths).
            // Timeouts are per request inside the client.
            var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            {
                Timeout = Timeout.InfiniteTimeSpan,
            };
            return new DiscordRestClient(
                http,
                sp.GetRequiredService<IOptions<DiscordOptions>>(),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<DiscordRestClient>>());
        });
        services.AddSingleton<DiscordGatewayClient>();
        return true;
    }
}
