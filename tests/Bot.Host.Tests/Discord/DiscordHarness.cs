using System.Threading.Channels;
using Bot.Host.Discord;
using Bot.Host.Discord.Gateway;
using Bot.Host.Discord.Rest;
using Bot.Host.Tests.Discord.Fakes;
using Bot.Host.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Bot.Host.Tests.Discord;

/// <summary>The real REST and gateway clients wired to a fresh fake Discord, with short retry timings and captured logs.</summary>
internal sealed class DiscordHarness : IAsyncDisposable
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    public static readonly GatewayRetryPolicy FastRetries = new()
    {
        InitialDelay = TimeSpan.FromMilliseconds(50),
        MaxDelay = TimeSpan.FromMilliseconds(400),
        InvalidSessionMinDelay = TimeSpan.FromMilliseconds(50),
        InvalidSessionMaxDelay = TimeSpan.FromMilliseconds(150),
        IdentifyWindow = TimeSpan.FromMilliseconds(100),
        ConnectTimeout = TimeSpan.FromSeconds(5),
        CloseTimeout = TimeSpan.FromMilliseconds(500),
    };

    private readonly CancellationTokenSource _stop = new();
    private readonly ILoggerFactory _loggers;
    private readonly HttpClient _http = new();
    private Task? _run;

    private DiscordHarness(FakeDiscordServer server, DiscordOptions options, GatewayRetryPolicy retries)
    {
        Server = server;
        Options = options;
        _loggers = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        Rest = new DiscordRestClient(_http, Microsoft.Extensions.Options.Options.Create(options), TimeProvider.System, _loggers.CreateLogger<DiscordRestClient>());
        Gateway = new DiscordGatewayClient(Rest, Microsoft.Extensions.Options.Options.Create(options), TimeProvider.System, _loggers.CreateLogger<DiscordGatewayClient>(), retries);
    }

    public FakeDiscordServer Server { get; }

    public DiscordOptions Options { get; }

    public CapturedLogs Logs { get; } = new();

    public DiscordRestClient Rest { get; }

    public DiscordGatewayClient Gateway { get; }

    /// <summary>The task of <see cref="DiscordGatewayClient.RunAsync"/> once started.</summary>
    public Task Run => _run ?? throw new InvalidOperationException("The gateway is not running.");

    public static async Task<DiscordHarness> StartAsync(Action<DiscordOptions>? configure = null, GatewayRetryPolicy? retries = null)
    {
        var server = await FakeDiscordServer.StartAsync(DiscordTestTokens.Bot);
        var options = new DiscordOptions
        {
            BotToken = DiscordTestTokens.Bot,
            ApplicationId = FakeDiscordServer.ApplicationId,
            GuildId = FakeDiscordServer.GuildId,
            MentionChannelId = FakeDiscordServer.ChannelId,
            ApiBaseUrl = server.ApiBaseUrl,
        };
        configure?.Invoke(options);
        return new DiscordHarness(server, options, retries ?? FastRetries);
    }

    /// <summary>Starts the gateway and waits until READY has reached the consumer side.</summary>
    public async Task<GatewayDispatch> ConnectAsync()
    {
        StartGateway();
        var ready = await NextAsync();
        Assert.Equal(GatewayEventNames.Ready, ready.Type);
        return ready;
    }

    public void StartGateway() => _run = Gateway.RunAsync(_stop.Token);

    /// <summary>The next dispatch the consumer would read.</summary>
    public async Task<GatewayDispatch> NextAsync(TimeSpan? timeout = null)
    {
        using var wait = new CancellationTokenSource(timeout ?? Wait);
        try
        {
            return await Gateway.Dispatches.ReadAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No dispatch within {(timeout ?? Wait).TotalSeconds} s (state {Gateway.State}).{Environment.NewLine}{Server.Describe()}");
        }
        catch (ChannelClosedException)
        {
            throw new InvalidOperationException($"The gateway stopped: {Gateway.StopReason}.{Environment.NewLine}{Server.Describe()}");
        }
    }

    /// <summary>Reads dispatches until one of <paramref name="type"/> arrives; returns everything read.</summary>
    public async Task<List<GatewayDispatch>> ReadUntilAsync(string type)
    {
        var read = new List<GatewayDispatch>();
        while (read.LastOrDefault()?.Type != type)
        {
            read.Add(await NextAsync());
        }

        return read;
    }

    public async Task WaitForStateAsync(GatewayState state)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (Gateway.State != state)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Gateway state is {Gateway.State}, not {state}.{Environment.NewLine}{Server.Describe()}");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Cancels the gateway as a host shutdown would and waits for it to end.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Run.WaitAsync(Wait);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_run is not null)
        {
            await _run.WaitAsync(Wait);
        }

        await Server.DisposeAsync();
        _loggers.Dispose();
        _http.Dispose();
        _stop.Dispose();
    }
}
