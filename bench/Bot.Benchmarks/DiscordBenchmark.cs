using System.Diagnostics;
using System.Globalization;
using Bot.Core.Conversations;
using Bot.Core.Messaging;
using Bot.Host.Discord.Gateway;
using Bot.Host.Hosting;
using Bot.Host.Tests.Discord.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Benchmarks;

/// <summary>
/// The "discord" scenario: the real host (gateway client, adapter, REST client, outbox) against the fake Discord on
/// 127.0.0.1. Button presses arrive through the fake gateway while local FAQ questions keep the pipeline busy; the
/// figures are the times from each dispatch to its interaction callback at the fake REST server (Discord allows 3 s).
/// </summary>
internal static class DiscordBenchmark
{
    private const string CallbackRoute = "/interactions/{interaction_id}/{interaction_token}/callback";
    private const string FollowupRoute = "/webhooks/{application_id}/{interaction_token}";
    private const string MessageId = "1400000000000000800";
    private const int WarmupPresses = 20;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);
    private static readonly FakeMember Member = FakeMember.Create("1400000000000000701", "bench_member");
    private static readonly string[] Questions = ["apa itu NIB?", "syarat ekspor keripik ke Malaysia", "cara dapat sertifikat halal", "apa itu HS code", "bagaimana cari pembeli luar negeri"];

    public static async Task<int> RunAsync(DiscordBenchOptions options, string directory)
    {
        await using var discord = await FakeDiscordServer.StartAsync(DiscordTestTokens.Bot).ConfigureAwait(false);
        discord.HeartbeatInterval = TimeSpan.FromSeconds(5);
        using var host = BuildHost(discord, Path.Combine(directory, "bench-discord.db"), options.Settings);
        await host.StartAsync().ConfigureAwait(false);
        var gateway = host.Services.GetRequiredService<DiscordGatewayClient>();
        await discord.WaitUntilAsync(() => gateway.State == GatewayState.Ready && discord.RegisteredCommands is not null, "the bot to connect", Patience).ConfigureAwait(false);
        Progress($"connected; {Environment.ProcessorCount} cores; .NET {Environment.Version}; data directory {directory}");

        await PressAsync(discord, WarmupPresses, options.InteractionRate).ConfigureAwait(false);
        await WaitForCallbacksAsync(discord, WarmupPresses).ConfigureAwait(false);
        var metrics = host.Services.GetRequiredService<PipelineMetrics>();
        var queue = host.Services.GetRequiredService<PipelineQueue>();
        metrics.RecordLatencies();

        using var stopLoad = new CancellationTokenSource();
        var load = LoadAsync(host.Services.GetRequiredService<Pipeline>(), queue, options.LoadRate, stopLoad.Token);
        Progress($"pressing {options.Interactions} buttons at {options.InteractionRate}/s while offering {options.LoadRate} FAQ questions/s to the pipeline");
        var pressed = await PressAsync(discord, options.Interactions, options.InteractionRate).ConfigureAwait(false);
        await WaitForCallbacksAsync(discord, WarmupPresses + options.Interactions).ConfigureAwait(false);
        var tokens = pressed.Select(p => p.Token).ToHashSet(StringComparer.Ordinal);
        await discord.WaitUntilAsync(() => Followups(discord, tokens).Count >= tokens.Count, "every press to be answered", Patience).ConfigureAwait(false);
        await stopLoad.CancelAsync().ConfigureAwait(false);
        var (offered, peakQueue) = await load.ConfigureAwait(false);
        await host.StopAsync().ConfigureAwait(false);

        var ids = pressed.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var acks = discord.Callbacks.Where(c => ids.Contains(c.InteractionId)).Select(c => c.Latency.TotalMilliseconds).Order().ToList();
        var refused = discord.RequestsTo("POST", CallbackRoute).Count(r => !r.Succeeded);
        var dispatched = pressed.ToDictionary(p => p.Token, p => p.DispatchedAt, StringComparer.Ordinal);
        var replies = Followups(discord, tokens).Select(r => (r.At - dispatched[r.RouteValues["interaction_token"]]).TotalMilliseconds).Order().ToList();
        var pipeline = metrics.Latencies().Order().ToList();

        Progress($"load: {offered} FAQ questions offered, pipeline queue peaked at {peakQueue}; enqueue-to-commit p50 {Percentile(pipeline, 0.50):F1} ms, p99 {Percentile(pipeline, 0.99):F1} ms");
        Progress($"callbacks: {acks.Count} accepted, {refused} refused by the fake (late or repeated); max {(acks.Count > 0 ? acks[^1] : double.NaN):F1} ms");
        Progress($"replies (dispatch to follow-up, through the busy pipeline): p50 {Percentile(replies, 0.50):F1} ms, p99 {Percentile(replies, 0.99):F1} ms");
        var p99 = Percentile(acks, 0.99);
        Progress($"target discord_ack_p99_ms < 500: {(p99 < 500 ? "met" : "MISSED")}");
        Figure("discord_ack_p50_ms", Percentile(acks, 0.50));
        Figure("discord_ack_p99_ms", p99);
        return acks.Count == options.Interactions && refused == 0 ? 0 : 1;
    }

    private static IHost BuildHost(FakeDiscordServer discord, string databasePath, IReadOnlyDictionary<string, string?> settings)
    {
        var builder = BotApp.CreateBuilder([], b =>
        {
            b.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:DatabasePath"] = databasePath,
                ["Discord:BotToken"] = DiscordTestTokens.Bot,
                ["Discord:ApplicationId"] = FakeDiscordServer.ApplicationId,
                ["Discord:GuildId"] = FakeDiscordServer.GuildId,
                ["Discord:MentionChannelId"] = FakeDiscordServer.ChannelId,
                ["Discord:QuestionsChannelId"] = "1400000000000000011",
                ["Discord:ModeratorRoleIds:0"] = "1400000000000000500",
                ["Discord:ApiBaseUrl"] = discord.ApiBaseUrl,
                ["Logging:LogLevel:Default"] = "Warning",
                ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
            });
            b.Configuration.AddInMemoryCollection(settings);
            b.Logging.ClearProviders();
            b.Logging.AddSimpleConsole(o => o.SingleLine = true);

            // The load's replies go to local chats; a no-op sender drains them.
            b.Services.AddSingleton<IMessageSender, NoopSender>();
        });
        return builder.Build();
    }

    private static async Task<List<FakeInteraction>> PressAsync(FakeDiscordServer discord, int count, int rate)
    {
        var pressed = new List<FakeInteraction>(count);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed).ConfigureAwait(false);
            }

            // "/bantuan" runs through the pipeline (deferred at once, answered with a follow-up when committed).
            pressed.Add(await discord.PressButtonAsync(Member, "/bantuan", MessageId).ConfigureAwait(false));
        }

        return pressed;
    }

    private static Task WaitForCallbacksAsync(FakeDiscordServer discord, int count) =>
        discord.WaitUntilAsync(() => discord.RequestsTo("POST", CallbackRoute).Count >= count, $"{count} interaction callbacks", Patience);

    private static List<RecordedRequest> Followups(FakeDiscordServer discord, HashSet<string> tokens) =>
        [.. discord.RequestsTo("POST", FollowupRoute).Where(r => r.Succeeded && tokens.Contains(r.RouteValues["interaction_token"]))];

    private static async Task<(long Offered, int PeakQueue)> LoadAsync(Pipeline pipeline, PipelineQueue queue, int rate, CancellationToken stop)
    {
        long offered = 0;
        var peak = 0;
        var clock = Stopwatch.StartNew();
        try
        {
            while (!stop.IsCancellationRequested && rate > 0)
            {
                var due = (long)(clock.Elapsed.TotalSeconds * rate);
                while (offered < due)
                {
                    var chat = "load-" + (offered % 500).ToString(CultureInfo.InvariantCulture);
                    await pipeline.EnqueueAsync(new InboundUpdate
                    {
                        Platform = Platform.Local,
                        UpdateId = "load-" + offered.ToString(CultureInfo.InvariantCulture),
                        ChatId = chat,
                        SenderId = chat,
                        Text = Questions[offered % Questions.Length],
                    }, stop).ConfigureAwait(false);
                    offered++;
                }

                peak = Math.Max(peak, queue.Count);
                await Task.Delay(10, stop).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }

        return (offered, peak);
    }

    /// <summary>Nearest-rank percentile of sorted values; NaN when there are none.</summary>
    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static void Progress(string line) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{DateTime.Now:HH:mm:ss.fff}] {line}"));

    private static void Figure(string name, double value) =>
        Console.WriteLine($"{name}: {value.ToString("F2", CultureInfo.InvariantCulture)}");
}
