using Bot.Host.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Host.Tests.Support;

/// <summary>The real host, built the way Program builds it, pointed at a fake Bot API server and a temp database.</summary>
public sealed class RunningBot : IAsyncDisposable
{
    private RunningBot(IHost host, CapturedLogs logs)
    {
        Host = host;
        Logs = logs;
    }

    public IHost Host { get; }

    public CapturedLogs Logs { get; }

    public T Get<T>()
        where T : notnull => Host.Services.GetRequiredService<T>();

    public static async Task<RunningBot> StartAsync(string apiBaseUrl, string databasePath, IDictionary<string, string?>? settings = null)
    {
        var logs = new CapturedLogs();
        var builder = BotApp.CreateBuilder([], b =>
        {
            var values = new Dictionary<string, string?>
            {
                ["Telegram:BotToken"] = TestTokens.Telegram,
                ["Telegram:ApiBaseUrl"] = apiBaseUrl,
                ["Telegram:PollTimeoutSeconds"] = "1",
                ["Telegram:MessagesPerChatPerSecond"] = "30",
                ["Storage:DatabasePath"] = databasePath,
                ["Logging:LogLevel:Default"] = "Trace",
            };
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                values[key] = value;
            }

            b.Configuration.AddInMemoryCollection(values);
            b.Logging.ClearProviders();
            b.Logging.SetMinimumLevel(LogLevel.Trace);
            b.Logging.AddProvider(logs);
        });
        var host = builder.Build();
        await host.StartAsync();
        return new RunningBot(host, logs);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
    }
}
