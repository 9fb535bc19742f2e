using Bot.Core.Admin;
using Bot.Core.Curation.Photos;
using Bot.Core.Messaging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Bot.Host.LocalChat;

public static class LocalChatServiceCollectionExtensions
{
    /// <summary>The terminal chat used when no platform token is set.</summary>
    public static HostApplicationBuilder AddLocalChat(this HostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<LocalChatOptions>().Bind(builder.Configuration.GetSection(LocalChatOptions.Section));
        services.AddSingleton(new LocalChatConsole(Console.Out));
        services.AddSingleton(new LocalChatInput(Console.In, Console.IsInputRedirected));
        services.AddSingleton<IMessageSender, LocalChatSender>();
        services.AddSingleton<IFileDownloader, LocalFileDownloader>();
        services.AddHostedService<LocalChatHost>();

        var options = builder.Configuration.GetSection(LocalChatOptions.Section).Get<LocalChatOptions>() ?? new LocalChatOptions();
        if (options.Admin)
        {
            services.PostConfigure<RoleOptions>(roles => roles.Admins.Add($"{Platform.Local}:{options.UserId}"));
        }

        // Standard output is the chat screen: logs go to standard error, and only warnings and worse.
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter<ConsoleLoggerProvider>(level => level >= LogLevel.Warning);
        return builder;
    }
}
