using Bot.Core;
using Bot.Core.Curation.Photos;
using Bot.Core.Messaging;
using global::Telegram.Bot;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Host.Telegram;

public static class TelegramServiceCollectionExtensions
{
    /// <summary>Adds Telegram when a token is configured.</summary>
    /// <returns>True when Telegram is configured.</returns>
    public static bool AddTelegram(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(TelegramOptions.Section);
        services.AddValidatedOptions<TelegramOptions>(configuration, TelegramOptions.Section);
        if (string.IsNullOrWhiteSpace(section[nameof(TelegramOptions.BotToken)]))
        {
            return false;
        }

        services.AddSingleton<TelegramStatus>();
        services.AddSingleton<Operations.IPlatformHealth>(sp => sp.GetRequiredService<TelegramStatus>());
        services.AddSingleton<ITelegramBotClient>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;

            // A plain HttpClient, not the factory: the factory's default logging prints request URLs,
            // and Telegram's URLs contain the bot token.
            var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            {
                Timeout = TimeSpan.FromSeconds(options.PollTimeoutSeconds + 30),
            };
            var clientOptions = new TelegramBotClientOptions(options.BotToken!.Trim(), options.ApiBaseUrl.TrimEnd('/'))
            {
                // 429s are handled by our sender and poller; the client must not wait on its own.
                RetryThreshold = 0,
            };
            return new TelegramBotClient(clientOptions, http);
        });
        services.AddSingleton<IMessageSender, TelegramSender>();
        services.AddSingleton<IFileDownloader, TelegramFileDownloader>();
        services.AddHostedService<TelegramPollingHost>();
        return true;
    }
}
