using System.Diagnostics;
using System.Globalization;
using Bot.Core.Localization;
using Bot.Host.Hosting;
using Bot.Host.Tests.Broadcast;
using Bot.Host.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Benchmarks;

/// <summary>
/// The "broadcast" benchmark: the real host and Telegram.Bot client broadcast to N sellers through a fake Bot API
/// server that answers 429 to anything over the configured rate. The bot is stopped (a normal shutdown) once half
/// the sellers are served and started again on the same database. Printed last: the achieved send rate over the
/// allowed one (the restart's downtime left out), the 429s, and messages any seller got more than once.
/// </summary>
internal static class BroadcastBenchmark
{
    // Built, not written out: a token-shaped literal in a file looks like a leaked secret to reviewers and scanners.
    private static readonly string Token = "123456789:" + new string('b', 35);
    private const long Admin = 700_000_001;
    private const long FirstSeller = 710_000_000;
    private const string Text = "Pelatihan ekspor gelombang 2 dibuka. Daftar lewat /daftar sebelum 10 Desember.";

    public const string Usage = "broadcast [--recipients N (10000)] [--rate MSG_PER_S (300; Telegram's is 30, 10x faster keeps the run short)] [--data DIR] [--keep]";

    public static async Task<int> RunAsync(string[] args)
    {
        int recipients = 10_000, rate = 300;
        string? data = null;
        var keep = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--recipients" when i + 1 < args.Length: recipients = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--rate" when i + 1 < args.Length: rate = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--data" when i + 1 < args.Length: data = args[++i]; break;
                case "--keep": keep = true; break;
                default:
                    await Console.Error.WriteLineAsync("unknown option " + args[i] + Environment.NewLine + Usage).ConfigureAwait(false);
                    return 2;
            }
        }

        var directory = Path.GetFullPath(data ?? Path.Combine(Path.GetTempPath(), "bot-bench-" + Guid.NewGuid().ToString("N")[..12]));
        try
        {
            return await RunAsync(directory, recipients, rate).ConfigureAwait(false);
        }
        finally
        {
            if (!keep && data is null)
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    private static async Task<int> RunAsync(string directory, int recipients, int rate)
    {
        var database = Path.Combine(directory, "bench-broadcast.db");
        var sellers = Enumerable.Range(0, recipients).Select(i => FirstSeller + i).ToList();
        TelegramBroadcastAdmin.SeedSellers(database, sellers);
        var perChat = Math.Max(1, rate / 30);
        await using var server = await FakeBotApiServer.StartAsync(Token).ConfigureAwait(false);
        server.EnforceRateLimits(rate, perChat);
        var admin = new TelegramBroadcastAdmin(server, Admin);
        var wait = TimeSpan.FromSeconds(60 + (recipients * 3 / rate));
        var t = new TextCatalog().For(Languages.Indonesian);
        Progress($"{recipients} sellers, fake Bot API at {rate} msg/s overall and {perChat}/s per chat; {Environment.ProcessorCount} cores");

        var stopwatch = Stopwatch.StartNew();
        TimeSpan restartGap;
        DateTimeOffset restartAt;
        var host = await StartAsync(server.BaseUrl, database, rate, perChat).ConfigureAwait(false);
        try
        {
            admin.PressSend(await admin.ComposeAsync(Text, wait).ConfigureAwait(false));
            while (admin.Deliveries(Text).Count < recipients / 2)
            {
                await Task.Delay(250).ConfigureAwait(false);
            }
        }
        finally
        {
            var stopping = stopwatch.Elapsed;
            restartAt = DateTimeOffset.UtcNow;
            await host.StopAsync().ConfigureAwait(false);
            host.Dispose();
            host = await StartAsync(server.BaseUrl, database, rate, perChat).ConfigureAwait(false);
            restartGap = stopwatch.Elapsed - stopping;
        }

        Progress($"restarted after {admin.Deliveries(Text).Count} sellers were served ({restartGap.TotalSeconds:F1} s down)");
        double replyMs;
        try
        {
            // A seller who writes while the broadcast runs: how long until the bot's answer reaches Telegram.
            await Task.Delay(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
            var writer = sellers[^1];
            var asked = DateTimeOffset.UtcNow;
            server.EnqueueText(writer, writer, "/start");
            var welcome = await server.WaitForCallsAsync("sendMessage", 1, wait, c => c.ChatId == writer && c.Text?.EndsWith(Text, StringComparison.Ordinal) == false).ConfigureAwait(false);
            replyMs = (welcome[0].At - asked).TotalMilliseconds;

            var finished = t.Format("broadcast.finished", 1, 0, 0, 0, 0, 0, 0).Split('\n')[0];
            var report = await admin.NextAsync(finished, wait).ConfigureAwait(false);
            Progress(report.Text!.Replace('\n', ' '));
        }
        finally
        {
            await host.StopAsync().ConfigureAwait(false);
            host.Dispose();
        }

        var sends = server.CallsTo("sendMessage").Where(c => c.Succeeded && c.ChatId != Admin && c.Text?.EndsWith(Text, StringComparison.Ordinal) == true).ToList();
        var delivered = admin.Deliveries(Text);
        var duplicates = delivered.Values.Sum(n => n - 1);
        var missing = recipients - delivered.Count;

        // Sending time: first to last send, less the gap around the restart (the bot was not running then).
        var span = sends.Max(c => c.At) - sends.Min(c => c.At);
        var gap = LargestGap(sends.Select(c => c.At).Order().ToList());
        var ratio = sends.Count / Math.Max(0.001, (span - gap).TotalSeconds) / rate;
        Progress($"{sends.Count} sends in {span.TotalSeconds:F1} s, of which {gap.TotalSeconds:F1} s without sends around the restart");
        var first = sends.Min(c => c.At);
        var refused = server.Calls.Where(c => c.StatusCode == 429).Select(c => (c.At - first).TotalSeconds.ToString("F2", CultureInfo.InvariantCulture)).ToList();
        if (refused.Count > 0)
        {
            Progress($"429s at (s after the first send): {string.Join(", ", refused.Take(20))}; restart began at {(restartAt - first).TotalSeconds:F2}");
        }

        Print("broadcast_rate_ratio", ratio, "F3");
        Print("broadcast_429s", server.TooManyRequestsCount, "D");
        Print("broadcast_duplicates", duplicates, "D");
        Print("broadcast_missing", missing, "D");
        Print("broadcast_restart_gap_s", restartGap.TotalSeconds, "F1");
        Print("broadcast_reply_latency_ms", replyMs, "F0");
        return missing == 0 ? 0 : 1;
    }

    private static async Task<IHost> StartAsync(string baseUrl, string database, int rate, int perChat)
    {
        var builder = BotApp.CreateBuilder([], b =>
        {
            b.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Telegram:BotToken"] = Token,
                ["Telegram:ApiBaseUrl"] = baseUrl,
                ["Telegram:PollTimeoutSeconds"] = "1",
                ["Telegram:MessagesPerSecond"] = rate.ToString(CultureInfo.InvariantCulture),
                ["Telegram:MessagesPerChatPerSecond"] = perChat.ToString(CultureInfo.InvariantCulture),
                ["Broadcast:MaxInFlight"] = rate.ToString(CultureInfo.InvariantCulture),
                ["Storage:DatabasePath"] = database,
                ["Roles:Admins:0"] = $"Telegram:{Admin}",
            });
            b.Logging.ClearProviders();
        });
        var host = builder.Build();
        await host.StartAsync().ConfigureAwait(false);
        return host;
    }

    private static TimeSpan LargestGap(List<DateTimeOffset> times)
    {
        var largest = TimeSpan.Zero;
        for (var i = 1; i < times.Count; i++)
        {
            var gap = times[i] - times[i - 1];
            largest = gap > largest ? gap : largest;
        }

        return largest;
    }

    private static void Progress(string line) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{DateTime.Now:HH:mm:ss.fff}] {line}"));

    private static void Print(string name, double value, string format) =>
        Console.WriteLine($"{name}: {value.ToString(format, CultureInfo.InvariantCulture)}");

    private static void Print(string name, int value, string format) =>
        Console.WriteLine($"{name}: {value.ToString(format, CultureInfo.InvariantCulture)}");
}
