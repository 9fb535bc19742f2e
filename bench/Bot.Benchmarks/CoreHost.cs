using System.Diagnostics;
using Bot.Core;
using Bot.Core.Conversations;
using Bot.Core.Outbox;
using Bot.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Benchmarks;

/// <summary>
/// Bot.Core composed as the host does it (AddBotCore, every hosted service started), plus what a scenario adds: a
/// clock, senders, downloaders. Used by the "pipeline", "signup" and "curation" scenarios.
/// </summary>
internal sealed class CoreHost : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly List<IHostedService> _hosted;
    private bool _stopped;

    private CoreHost(ServiceProvider provider)
    {
        _provider = provider;
        _hosted = [.. provider.GetServices<IHostedService>()];
        Pipeline = provider.GetRequiredService<Pipeline>();
        Metrics = provider.GetRequiredService<PipelineMetrics>();
        Database = provider.GetRequiredService<BotDatabase>();
        Outbox = provider.GetRequiredService<OutboxDispatcher>();
    }

    public Pipeline Pipeline { get; }

    public PipelineMetrics Metrics { get; }

    public BotDatabase Database { get; }

    public OutboxDispatcher Outbox { get; }

    /// <param name="seed">Writes to the database before any hosted service (the writer included) starts.</param>
    public static async Task<CoreHost> StartAsync(
        string databasePath,
        IReadOnlyDictionary<string, string?> settings,
        Action<IServiceCollection> configure,
        Action<BotDatabase>? seed = null)
    {
        var values = new Dictionary<string, string?>(settings) { ["Storage:DatabasePath"] = databasePath };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging
            .AddSimpleConsole(o => o.SingleLine = true)
            .SetMinimumLevel(LogLevel.Warning));
        configure(services);
        services.AddBotCore(configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        provider.GetService<IStartupValidator>()?.Validate();

        var host = new CoreHost(provider);
        seed?.Invoke(host.Database);
        foreach (var service in host._hosted)
        {
            await service.StartAsync(CancellationToken.None).ConfigureAwait(false);
        }

        return host;
    }

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    public IEnumerable<T> GetAll<T>() => _provider.GetServices<T>();

    /// <summary>Waits until every outbox row is sent and its acknowledgement committed.</summary>
    public async Task<bool> WaitForOutboxAsync(TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (Outbox.Backlog > 0)
        {
            if (watch.Elapsed > timeout)
            {
                return false;
            }

            await Task.Delay(5).ConfigureAwait(false);
        }

        return true;
    }

    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        for (var i = _hosted.Count - 1; i >= 0; i--)
        {
            await _hosted[i].StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        await _provider.DisposeAsync().ConfigureAwait(false);
    }
}
