using Bot.Core.Conversations;
using Bot.Core.Messaging;
using Bot.Core.Outbox;
using Bot.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Core.Tests.Support;

/// <summary>
/// The real Bot.Core (<c>AddBotCore</c>, hosted services, a LiteDB file in a temp folder) driven like a
/// chat: every helper submits an update with a fresh id, waits for its commit and for the outbox to have
/// delivered (and acknowledged) that chat's replies, then returns the replies. Time is a fake clock.
/// </summary>
public sealed partial class TestBot : IAsyncDisposable
{
    public const string Chat = "1001";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly TestBotOptions _options;
    private readonly string _folder;
    private ServiceProvider? _services;
    private List<IHostedService> _hosted = [];
    private IncarnationSender? _port;

    static TestBot()
    {
        // Two cores give the pool two threads, and the test runner keeps some of them blocked: without more,
        // a commit's continuation can wait half a second for a thread (measured), which makes the suite slow.
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 16), Math.Max(io, 16));
    }

    private TestBot(TestBotOptions options)
    {
        _options = options;
        _folder = Path.Combine(Path.GetTempPath(), "bot-core-tests", Guid.NewGuid().ToString("N"));
        DatabasePath = Path.Combine(_folder, "bot.db");
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));

    public FakeMessageSender Sender { get; } = new();

    public LogSink Logs { get; } = new();

    public string DatabasePath { get; }

    public IServiceProvider Services => _services ?? throw new InvalidOperationException("The bot is not running.");

    public BotDatabase Database => Services.GetRequiredService<BotDatabase>();

    public Pipeline Pipeline => Services.GetRequiredService<Pipeline>();

    public OutboxDispatcher Dispatcher => Services.GetRequiredService<OutboxDispatcher>();

    public TimeSpan FormExpiry => Services.GetRequiredService<IOptions<ConversationOptions>>().Value.FormExpiry;

    public static async Task<TestBot> StartAsync(Action<TestBotOptions>? configure = null)
    {
        var options = new TestBotOptions();
        configure?.Invoke(options);
        var bot = new TestBot(options);
        await bot.BootAsync();
        return bot;
    }

    public Conversation? ConversationOf(string chat = Chat) => Database.Conversations.FindById(new ChatRef(Platform.Local, chat).Key);

    public IReadOnlyList<OutboundMessage> RepliesTo(string chat = Chat) => [.. Sender.DeliveredTo(chat).Select(e => e.Message)];

    /// <summary>Submits one update, waits for its commit and (when the sender delivers) for the chat's replies.</summary>
    public async Task<IReadOnlyList<OutboundMessage>> SubmitAsync(InboundUpdate update)
    {
        var before = Sender.DeliveredTo(update.ChatId).Count;
        using var timeout = new CancellationTokenSource(Patience);
        await Pipeline.SubmitAsync(update, timeout.Token);
        await SettleAsync(update.ChatId);
        return [.. Sender.DeliveredTo(update.ChatId).Skip(before).Select(e => e.Message)];
    }

    /// <summary>Submits one update and waits for its commit only, not for any reply to be delivered.</summary>
    public async Task CommitAsync(InboundUpdate update)
    {
        using var timeout = new CancellationTokenSource(Patience);
        await Pipeline.SubmitAsync(update, timeout.Token);
    }

    /// <summary>Queues all updates while the writer is held, so they are committed as one batch; then settles their chats.</summary>
    public async Task SubmitTogetherAsync(params InboundUpdate[] updates)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var hold = new WriterHold();
        var commits = new List<Task>();
        try
        {
            var held = await Pipeline.EnqueueAsync(hold, timeout.Token);
            await hold.Entered.WaitAsync(timeout.Token);
            foreach (var update in updates)
            {
                commits.Add(await Pipeline.EnqueueAsync(update, timeout.Token));
            }

            hold.Release();
            await held.WaitAsync(timeout.Token);
        }
        finally
        {
            hold.Release();
        }

        await Task.WhenAll(commits).WaitAsync(timeout.Token);
        foreach (var chat in updates.Select(u => u.ChatId).Distinct())
        {
            await SettleAsync(chat);
        }
    }

    /// <summary>Runs a job through the pipeline, waits for its commit and for every message to be delivered.</summary>
    public async Task RunJobAsync(IPipelineJob job)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var committed = await Pipeline.EnqueueAsync(job, timeout.Token);
        await committed.WaitAsync(timeout.Token);
        await SettleAllAsync();
    }

    /// <summary>Waits until the chat's rows are delivered and acknowledged; returns at once while the sender holds messages back.</summary>
    public async Task SettleAsync(string chat)
    {
        if (!Sender.Settles)
        {
            return;
        }

        using var timeout = new CancellationTokenSource(Patience);
        await Dispatcher.WaitUntilIdleAsync(new ChatRef(Platform.Local, chat), timeout.Token);
        await WaitUntilAsync(() => PendingRows(chat) == 0, $"the outbox rows of chat {chat} to be acknowledged");
    }

    public async Task SettleAllAsync()
    {
        if (Sender.Settles)
        {
            // A held chat's rows stay pending until the test releases it.
            var held = Sender.HeldChats;
            await WaitUntilAsync(() => !Database.Outbox.Find(r => r.Status == OutboxStatus.Pending).Any(r => !held.Contains(r.ChatId)), "every outbox row to be acknowledged");
        }
    }

    public int PendingRows(string chat) => Database.Outbox.Count(r => r.ChatId == chat && r.Status == OutboxStatus.Pending);

    /// <summary>Polls (real time, bounded) until the condition holds; fails the test when it never does.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Gave up waiting for {what}.");
            }

            await Task.Delay(2);
        }
    }

    /// <summary>
    /// Stops this run of the services and builds a fresh one over the same database file. With
    /// <paramref name="crash"/> the sender goes dead first, so nothing in flight is delivered or acknowledged
    /// any more; the in-memory state (queues, lanes, caches) is lost either way.
    /// </summary>
    public async Task RestartAsync(bool crash = false)
    {
        await ShutdownAsync(crash);
        await BootAsync();
    }

    /// <summary>Stops the services as the host would at shutdown, keeping the database file.</summary>
    public async Task StopAsync()
    {
        await ShutdownAsync(crash: false);
    }

    /// <summary>Builds and starts a fresh run of the services after <see cref="StopAsync"/>.</summary>
    public Task StartAgainAsync() =>
        _services is null ? BootAsync() : throw new InvalidOperationException("The bot is still running.");

    public async ValueTask DisposeAsync()
    {
        await ShutdownAsync(crash: false);
        for (var attempt = 0; attempt < 5 && Directory.Exists(_folder); attempt++)
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException) when (attempt < 4)
            {
                await Task.Delay(50);
            }
        }
    }

    private async Task BootAsync()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(Logs);
        services.AddSingleton(typeof(ILogger<>), typeof(RecordingLogger<>));
        _port = new IncarnationSender(Sender);
        services.AddSingleton<IMessageSender>(_port);
        foreach (var register in _options.Services)
        {
            register(services);
        }

        var settings = new Dictionary<string, string?>(_options.Settings) { ["Storage:DatabasePath"] = DatabasePath };
        services.AddBotCore(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        _services.GetService<IStartupValidator>()?.Validate();
        _hosted = [.. _services.GetServices<IHostedService>().Where(h => _options.RunSweeper || h is not ConversationSweeper)];
        using var timeout = new CancellationTokenSource(Patience);
        foreach (var service in _hosted)
        {
            await service.StartAsync(timeout.Token);
        }
    }

    private async Task ShutdownAsync(bool crash)
    {
        if (_services is null)
        {
            return;
        }

        if (crash)
        {
            _port!.Kill();
        }

        using var timeout = new CancellationTokenSource(Patience);
        if (!crash)
        {
            // As the host does: every lifecycle service hears "stopping" before any service stops.
            foreach (var service in _hosted.OfType<IHostedLifecycleService>())
            {
                await service.StoppingAsync(timeout.Token);
            }
        }

        for (var i = _hosted.Count - 1; i >= 0; i--)
        {
            await _hosted[i].StopAsync(timeout.Token);
        }

        // Whatever this run still has in flight must not reach the recorder once it is gone.
        _port!.Kill();
        await _services.DisposeAsync();
        _services = null;
        _hosted = [];
    }
}
