using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Host.Tests.Discord.Fakes;

/// <summary>
/// An in-process fake of Discord (gateway v10 + the REST routes the bot uses) on Kestrel at 127.0.0.1 with a free port:
/// <code>
/// await using var discord = await FakeDiscordServer.StartAsync(DiscordTestTokens.Bot);
/// // Discord:ApiBaseUrl = discord.ApiBaseUrl; GET /gateway/bot then points the client at discord.GatewayUrl.
/// </code>
/// The gateway sends HELLO, ACKs heartbeats, answers IDENTIFY with READY and RESUME with a replay of the missed events
/// and RESUMED, and can be told to send op 7 / op 9, stop ACKing, close with any code or drop the TCP connection.
/// REST records every request and answers like Discord, with configurable bucket headers, forced 429s and errors.
/// All members are thread-safe.
/// </summary>
public sealed partial class FakeDiscordServer : IAsyncDisposable
{
    public const string ApplicationId = "1400000000000000001";
    public const string GuildId = "1400000000000000002";
    public const string BotUserId = "1400000000000000003";
    public const string BotUsername = "umkm-kediri-test";
    public const string ChannelId = "1400000000000000010";

    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(10);
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stopping = new();
    private TaskCompletionSource _changed = NewSignal();
    private WebApplication? _app;
    private long _snowflakeCounter;
    private int _disposed;

    private FakeDiscordServer(string token) => Token = token;

    /// <summary>The only bot token accepted (in "Authorization: Bot …" and in IDENTIFY/RESUME).</summary>
    public string Token { get; }

    /// <summary>e.g. "http://127.0.0.1:54321".</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>What Discord:ApiBaseUrl should be: "{BaseUrl}/api/v10".</summary>
    public string ApiBaseUrl => BaseUrl + "/api/v10";

    /// <summary>The address GET /gateway/bot returns.</summary>
    public string GatewayUrl => "ws" + BaseUrl[4..] + "/gw";

    /// <summary>The resume_gateway_url sent in READY.</summary>
    public string ResumeUrl => "ws" + BaseUrl[4..] + "/resume";

    public static async Task<FakeDiscordServer> StartAsync(string token)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        var server = new FakeDiscordServer(token);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(options =>
        {
            options.Listen(IPAddress.Loopback, 0);
            options.AddServerHeader = false;
            options.Limits.MaxRequestBodySize = 64L * 1024 * 1024;
        });
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(2));

        var app = builder.Build();
        app.UseWebSockets();
        app.Run(server.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel did not report its address.");
        server.BaseUrl = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{new Uri(addresses.Addresses.First()).Port}");
        server._app = app;
        return server;
    }

    /// <summary>
    /// Waits until <paramref name="probe"/> returns a value (not null), re-checking on every change the fake records.
    /// Throws <see cref="TimeoutException"/> with a summary of what happened otherwise.
    /// </summary>
    public async Task<T> WaitForAsync<T>(Func<T?> probe, string what, TimeSpan? timeout = null)
        where T : class
    {
        var limit = timeout ?? DefaultWait;
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                changed = _changed.Task;
            }

            if (probe() is { } value)
            {
                return value;
            }

            var remaining = limit - stopwatch.Elapsed;
            if (remaining <= TimeSpan.Zero)
            {
                throw new TimeoutException($"Timed out after {limit.TotalSeconds:0.0} s waiting for {what}.{Environment.NewLine}{Describe()}");
            }

            // Re-check at least every 50 ms: some conditions depend on time, not on a recorded change.
            await Task.WhenAny(changed, Task.Delay(TimeSpan.FromMilliseconds(Math.Min(50, remaining.TotalMilliseconds)))).ConfigureAwait(false);
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds.</summary>
    public Task WaitUntilAsync(Func<bool> condition, string what, TimeSpan? timeout = null) =>
        WaitForAsync(() => condition() ? string.Empty : null, what, timeout);

    /// <summary>Everything recorded, for failure messages.</summary>
    public string Describe()
    {
        lock (_gate)
        {
            var lines = new List<string> { "Gateway connections:" };
            lines.AddRange(_connections.Select(c => "  " + c.Snapshot()));
            lines.Add("Client payloads:");
            lines.AddRange(_payloads.Select(p => "  " + p));
            lines.Add("REST requests:");
            lines.AddRange(_requests.Select(r => "  " + r));
            return string.Join(Environment.NewLine, lines);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        lock (_gate)
        {
            foreach (var connection in _connections.Where(c => c.ClosedAt is null))
            {
                connection.Context.Abort();
            }
        }

        if (_app is not null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(3));
            try
            {
                await _app.StopAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Forced shutdown is fine for a test server.
            }

            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>A new snowflake id (increasing, as Discord's are).</summary>
    public string NewSnowflake()
    {
        var milliseconds = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - 1_420_070_400_000L;
        return ((milliseconds << 22) | (Interlocked.Increment(ref _snowflakeCounter) & 0x3FFFFF)).ToString(CultureInfo.InvariantCulture);
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Call under <see cref="_gate"/> after recording anything.</summary>
    private void Changed()
    {
        _changed.TrySetResult();
        _changed = NewSignal();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        if (path is "/gw" or "/resume")
        {
            await HandleGatewayAsync(context, path).ConfigureAwait(false);
            return;
        }

        if (path.StartsWith("/api/v10/", StringComparison.Ordinal))
        {
            await HandleRestAsync(context, path["/api/v10".Length..]).ConfigureAwait(false);
            return;
        }

        context.Response.StatusCode = 404;
    }
}
