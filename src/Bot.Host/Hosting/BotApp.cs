using Bot.Core;
using Bot.Host.Cli;
using Bot.Host.Discord;
using Bot.Host.LocalChat;
using Bot.Host.Operations;
using Bot.Host.Telegram;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Host.Hosting;

/// <summary>Builds and runs the bot: the core pipeline plus whichever platforms have settings.</summary>
public static class BotApp
{
    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            if (args is ["faq", "ask", .. var questions])
            {
                return await FaqAskCommand.RunAsync(questions, CreateConfiguredBuilder([]).Builder).ConfigureAwait(false);
            }

            if (args is ["backup", var file, .. var settings] && !file.StartsWith('-'))
            {
                return await BackupCommand.RunAsync(file, CreateConfiguredBuilder(settings).Builder).ConfigureAwait(false);
            }

            using var host = CreateBuilder(args).Build();
            await host.RunAsync().ConfigureAwait(false);
            return Environment.ExitCode;
        }
        catch (OptionsValidationException ex)
        {
            // An admin's typo in settings: say what is wrong in plain words, not a stack trace.
            await Console.Error.WriteLineAsync("The bot cannot start because of its settings:").ConfigureAwait(false);
            foreach (var failure in ex.Failures)
            {
                await Console.Error.WriteLineAsync("  - " + failure).ConfigureAwait(false);
            }

            return 2;
        }
    }

    public static HostApplicationBuilder CreateBuilder(string[] args, Action<HostApplicationBuilder>? configure = null)
    {
        var (builder, commandLine) = CreateConfiguredBuilder(args);
        if (commandLine.LocalAdmin)
        {
            builder.Configuration.AddInMemoryCollection([new("LocalChat:Admin", "true")]);
        }

        configure?.Invoke(builder);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(15));
        builder.Services.AddBotCore(builder.Configuration);
        builder.Services.AddOperations(builder.Configuration);
        var telegram = builder.Services.AddTelegram(builder.Configuration);
        var discord = builder.Services.AddDiscord(builder.Configuration);
        if (!telegram && !discord)
        {
            builder.AddLocalChat();
        }

        return builder;
    }

    /// <summary>Settings from appsettings.json, user secrets, the environment and the command line, in that order.</summary>
    private static (HostApplicationBuilder Builder, BotCommandLine CommandLine) CreateConfiguredBuilder(string[] args)
    {
        var commandLine = BotCommandLine.Parse(args);
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = commandLine.HostArgs,
            ContentRootPath = AppContext.BaseDirectory,
        });

        // User secrets hold a developer's token; environment variables and arguments still win over them.
        builder.Configuration.AddUserSecrets(typeof(BotApp).Assembly, optional: true);
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddCommandLine(commandLine.HostArgs);
        return (builder, commandLine);
    }
}
