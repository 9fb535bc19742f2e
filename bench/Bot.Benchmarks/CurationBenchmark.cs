using System.Diagnostics;
using System.Globalization;
using Bot.Core.Conversations;
using Bot.Core.Curation;
using Bot.Core.Curation.Photos;
using Bot.Core.Messaging;
using Bot.Core.Profiles;
using Bot.Host.Telegram;
using Bot.Host.Tests.Fakes;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;
using Telegram.Bot;

namespace Bot.Benchmarks;

/// <summary>
/// The "curation" scenario: sellers submit products with photos through the real /kurasi form; the real download
/// worker fetches every photo with the real Telegram downloader (getFile, then the file) from the tests' fake Bot API
/// on 127.0.0.1 and stores it. Meanwhile light updates from other chats sample how long the writer keeps updates
/// waiting (enqueue to commit) while photos are downloaded and stored.
/// </summary>
internal static class CurationBenchmark
{
    // Built, not written out: a token-shaped literal in a file looks like a leaked secret to reviewers and scanners.
    private static readonly string Token = "123456789:" + new string('c', 35);
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(10);

    public static async Task<int> RunAsync(CurationBenchOptions options, string directory)
    {
        using var memory = new MemorySampler();
        await using var files = await FakeBotApiServer.StartAsync(Token).ConfigureAwait(false);
        using var http = new HttpClient();
        var client = new TelegramBotClient(new TelegramBotClientOptions(Token, files.BaseUrl) { RetryThreshold = 0 }, http);
        var sellerPhotos = new SellerPhotos(files, options.PhotoSide);
        var host = await CoreHost.StartAsync(Path.Combine(directory, "bench-curation.db"), options.Settings, services =>
        {
            services.AddSingleton<IMessageSender>(new DiscardingSender(Platform.Telegram));
            services.AddSingleton<ITelegramBotClient>(client);
            services.AddSingleton<IFileDownloader>(provider => new FetchReportingDownloader(ActivatorUtilities.CreateInstance<TelegramFileDownloader>(provider), sellerPhotos.Fetched));
        }, database =>
        {
            var now = DateTime.UtcNow;
            ProfileStore.Collection(database).InsertBulk(Enumerable.Range(0, options.Submissions).Select(s => CurationSellers.Profile(s, now)));
        }).ConfigureAwait(false);

        await using (host.ConfigureAwait(false))
        {
            BenchOutput.Progress($"{Environment.ProcessorCount} cores; .NET {Environment.Version}; data directory {directory}; fake Bot API at {files.BaseUrl}");
            BenchOutput.Progress($"{options.Submissions} sellers (profiles saved beforehand) each send /kurasi, 6 answers, an album of {options.PhotosPerSubmission} "
                + $"{options.PhotoSide}x{options.PhotoSide} PNG photos, selesai, simpan; {options.ConcurrentSellers} at a time, each waiting for the reply; "
                + $"{options.ProbeRate} /bantuan per second from other chats");
            var sellers = new CurationSellers(sellerPhotos, host.Pipeline, options);
            using var stop = new CancellationTokenSource();
            var gc = GcSnapshot.Now();
            host.Metrics.RecordLatencies();
            var watch = Stopwatch.StartNew();
            var probes = ProbeAsync(host.Pipeline, options.ProbeRate, stop.Token);
            await sellers.FeedAsync().ConfigureAwait(false);
            BenchOutput.Progress($"all {options.Submissions} submissions saved after {watch.Elapsed.TotalSeconds:F1} s; {sellers.Downloaded} photos downloaded so far");
            await WaitSettledAsync(host, options.Submissions).ConfigureAwait(false);
            var elapsed = watch.Elapsed;
            var latencies = host.Metrics.Latencies().Order().ToList();
            await stop.CancelAsync().ConfigureAwait(false);
            var probed = await probes.ConfigureAwait(false);
            var photos = options.Submissions * options.PhotosPerSubmission;
            BenchOutput.Progress($"every photo settled after {elapsed.TotalSeconds:F1} s: {photos / elapsed.TotalSeconds:F1} photos/s; {probed} probes offered");
            BenchOutput.Progress("run: " + gc.Since(photos));
            var heap = GC.GetGCMemoryInfo();
            BenchOutput.Progress($"managed heap after the last GC {heap.HeapSizeBytes / (1024.0 * 1024.0):F0} MB, committed {heap.TotalCommittedBytes / (1024.0 * 1024.0):F0} MB "
                + $"(the rest of the working set: runtime, Kestrel and LiteDB's page cache)");
            BenchOutput.Progress($"enqueue to commit of {latencies.Count} updates: p50 {BenchOutput.Percentile(latencies, 0.50):F1} ms, "
                + $"p90 {BenchOutput.Percentile(latencies, 0.90):F1} ms, p99 {BenchOutput.Percentile(latencies, 0.99):F1} ms, max {(latencies.Count > 0 ? latencies[^1] : double.NaN):F1} ms");
            if (!await host.WaitForOutboxAsync(TimeSpan.FromSeconds(60)).ConfigureAwait(false))
            {
                BenchOutput.Progress($"warning: outbox still has {host.Outbox.Backlog} rows in flight");
            }

            await host.StopAsync().ConfigureAwait(false);
            var problems = Verify(host, sellers, options);
            BenchOutput.Progress($"database {new FileInfo(host.Database.FilePath).Length / (1024.0 * 1024.0):F1} MB; {files.CallsTo("getFile").Count} getFile and {files.CallsTo("download").Count} download requests");

            var p99 = BenchOutput.Percentile(latencies, 0.99);
            var peak = memory.PeakMegabytes;
            BenchOutput.Progress("at the peak: " + memory.PeakBreakdown);
            BenchOutput.Target("writer_p99_ms_during_downloads < 50", p99 < 50);
            BenchOutput.Target("peak_working_set_mb < 300", peak < 300);
            var ok = BenchOutput.Verified(problems, $"{options.Submissions} submissions, each with its {options.PhotosPerSubmission} photos stored with the right SHA-256, size and pixel size");
            BenchOutput.Figure("curation_submissions_per_s", options.Submissions / elapsed.TotalSeconds);
            BenchOutput.Figure("writer_p99_ms_during_downloads", p99);
            BenchOutput.Figure("peak_working_set_mb", peak, "F1");
            return ok ? 0 : 1;
        }
    }

    /// <summary>Offers /bantuan from 50 other chats at a steady rate, without waiting for replies; returns how many.</summary>
    private static async Task<long> ProbeAsync(Pipeline pipeline, int rate, CancellationToken stop)
    {
        long offered = 0;
        var clock = Stopwatch.StartNew();
        try
        {
            while (!stop.IsCancellationRequested && rate > 0)
            {
                var due = (long)(clock.Elapsed.TotalSeconds * rate);
                for (; offered < due; offered++)
                {
                    var chat = (800_000_000 + (offered % 50)).ToString(CultureInfo.InvariantCulture);
                    await pipeline.EnqueueAsync(new InboundUpdate
                    {
                        Platform = Platform.Telegram,
                        UpdateId = "probe-" + offered.ToString(CultureInfo.InvariantCulture),
                        ChatId = chat,
                        SenderId = chat,
                        Text = "/bantuan",
                    }, stop).ConfigureAwait(false);
                }

                await Task.Delay(5, stop).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }

        return offered;
    }

    private static async Task WaitSettledAsync(CoreHost host, int submissions)
    {
        var collection = SubmissionStore.Collection(host.Database);
        var watch = Stopwatch.StartNew();
        while (collection.Count() < submissions || collection.Count(Query.GT(nameof(Submission.PendingPhotos), 0)) > 0)
        {
            if (watch.Elapsed > Patience)
            {
                throw new TimeoutException($"photos still pending after {Patience.TotalMinutes:F0} minutes");
            }

            await Task.Delay(20).ConfigureAwait(false);
        }
    }

    private static List<string> Verify(CoreHost host, CurationSellers sellers, CurationBenchOptions options)
    {
        var problems = new List<string>();
        var submissions = SubmissionStore.Collection(host.Database).FindAll().ToList();
        var wrong = 0;
        string? example = null;
        foreach (var photo in submissions.SelectMany(s => s.Photos))
        {
            var expected = sellers.Sent.GetValueOrDefault(photo.PlatformFileId);
            if (photo.State != PhotoState.Stored || photo.Sha256 != expected.Sha256 || photo.Bytes != expected.Bytes
                || photo.Width != options.PhotoSide || photo.Height != options.PhotoSide)
            {
                wrong++;
                example ??= $"photo {photo.PlatformFileId}: {photo.State} {photo.Refusal}, {photo.Bytes} bytes, {photo.Width}x{photo.Height}, sha {photo.Sha256}";
            }
        }

        var photos = submissions.Sum(s => s.Photos.Count);
        if (submissions.Count != options.Submissions || photos != options.Submissions * options.PhotosPerSubmission || wrong > 0)
        {
            problems.Add($"{submissions.Count} submissions with {photos} photos, {wrong} not stored as sent; e.g. {example}");
        }

        var stored = host.Database.Files.FindAll().Count();
        if (stored != options.Submissions * options.PhotosPerSubmission)
        {
            problems.Add($"file storage holds {stored} files, expected {options.Submissions * options.PhotosPerSubmission}");
        }

        var inForm = host.Database.Conversations.Count(c => c.Form != null);
        if (inForm > 0 || host.Metrics.ErrorCount > 0 || host.Metrics.DuplicateCount > 0)
        {
            problems.Add($"{inForm} conversations still inside a form, {host.Metrics.ErrorCount} errors, {host.Metrics.DuplicateCount} duplicates");
        }

        return problems;
    }
}
