using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Host.Discord.Workspace;

/// <summary>Says once, at start, that the bot runs without Discord and how to turn it on.</summary>
internal sealed partial class DiscordDisabledNotice(ILogger<DiscordDisabledNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogDisabled();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord is not configured (no Discord:BotToken), so the bot runs without Discord. To add the moderators' workspace, set the environment variable Discord__BotToken and the Discord section of appsettings.json.")]
    private partial void LogDisabled();
}
