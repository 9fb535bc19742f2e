using System.Diagnostics;
using Bot.Core.Conversations;
using Bot.Core.Profiles;
using Bot.Core.Training;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Benchmarks;

/// <summary>
/// The "signup" scenario: sellers sign up for training sessions through the real /daftar form, flat out, into a LiteDB
/// file; then the reminder scan is timed over all their registrations, with the clock moved to when reminders fall due.
/// </summary>
internal static class SignupBenchmark
{
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(120);

    public static async Task<int> RunAsync(SignupBenchOptions options, string directory)
    {
        using var memory = new MemorySampler();
        var script = new SignupScript(options.Sessions, options.SeededProfilePercent);
        var total = options.WarmupSellers + options.Sellers;
        var capacity = (total + options.Sessions - 1) / options.Sessions;
        var clock = new ShiftedClock();
        var settings = new Dictionary<string, string?>(options.Settings)
        {
            ["Training:SeedCatalogue"] = "false",

            // The worker's own scan runs once at start; the timed scans below are queued by the benchmark.
            ["Training:ReminderScanInterval"] = "01:00:00",
        };
        BenchOutput.Progress($"{Environment.ProcessorCount} cores; .NET {Environment.Version}; data directory {directory}");
        var host = await CoreHost.StartAsync(Path.Combine(directory, "bench-signup.db"), settings, services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            services.AddSingleton<NoopSender>();
            services.AddSingleton<Bot.Core.Messaging.IMessageSender>(sp => sp.GetRequiredService<NoopSender>());
        }, database =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            script.WriteCatalogue(database.Raw, now, capacity);
            var seeded = Enumerable.Range(0, total).Where(script.HasSeededProfile).Select(s => SignupScript.Profile(s, now)).ToList();
            ProfileStore.Collection(database).InsertBulk(seeded);
            BenchOutput.Progress($"catalogue: {SignupScript.Programs} programmes, {options.Sessions} sessions of {capacity} seats; {seeded.Count} of {total} sellers have a profile already");
        }).ConfigureAwait(false);

        await using (host.ConfigureAwait(false))
        {
            long nextUpdate = 0;
            if (options.WarmupSellers > 0)
            {
                var (warmMessages, warm) = await FlatOutAsync(host.Pipeline, script, 0, options.WarmupSellers, () => ++nextUpdate).ConfigureAwait(false);
                await Drain(host).ConfigureAwait(false);
                BenchOutput.Progress($"warm-up: {options.WarmupSellers} sellers, {warmMessages} messages in {warm.TotalMilliseconds:F0} ms");
            }

            var gc = GcSnapshot.Now();
            var batches = host.Metrics.BatchCount;
            var committed = host.Metrics.CommittedCount;
            var seededShare = Enumerable.Range(options.WarmupSellers, options.Sellers).Count(script.HasSeededProfile);
            BenchOutput.Progress($"sign-up: {options.Sellers} sellers ({seededShare} with a saved profile: /daftar, programme, session, pakai, simpan; "
                + $"{options.Sellers - seededShare} answer the profile questions inside /daftar), queued at once, round robin");
            var (messages, elapsed) = await FlatOutAsync(host.Pipeline, script, options.WarmupSellers, options.Sellers, () => ++nextUpdate).ConfigureAwait(false);
            var throughput = messages / elapsed.TotalSeconds;
            batches = host.Metrics.BatchCount - batches;
            BenchOutput.Progress($"sign-up: {messages} messages, last commit after {elapsed.TotalMilliseconds:F0} ms, {throughput:F0} msgs/s; "
                + $"{batches} batches, {(double)(host.Metrics.CommittedCount - committed) / Math.Max(1, batches):F1} items per batch");
            BenchOutput.Progress("sign-up: " + gc.Since(messages));
            await Drain(host).ConfigureAwait(false);

            var problems = Verify(host, script, total);
            var scans = await ScanAsync(host, clock).ConfigureAwait(false);
            await host.StopAsync().ConfigureAwait(false);
            BenchOutput.Progress($"database {new FileInfo(host.Database.FilePath).Length / (1024.0 * 1024.0):F1} MB");

            var scanMs = scans.Max();
            BenchOutput.Target("reminder_scan_ms < 50", scanMs < 50);
            var ok = BenchOutput.Verified(problems, $"all {total} sellers registered once, in the session they chose, with a profile; every message answered");
            BenchOutput.Figure("signup_msgs_per_s", throughput, "F1");
            BenchOutput.Figure("reminder_scan_ms", scanMs);
            BenchOutput.Figure("peak_working_set_mb", memory.PeakMegabytes, "F1");
            return ok ? 0 : 1;
        }
    }

    /// <summary>Queues every message of the sellers at once, round robin across sellers, each in order; waits for all commits.</summary>
    private static async Task<(int Messages, TimeSpan Elapsed)> FlatOutAsync(Pipeline pipeline, SignupScript script, int first, int count, Func<long> nextId)
    {
        var plans = Enumerable.Range(first, count).Select(s => (Seller: s, Texts: script.Messages(s))).ToList();
        var longest = plans.Max(p => p.Texts.Count);
        var commits = new List<Task>(plans.Sum(p => p.Texts.Count));
        var watch = Stopwatch.StartNew();
        for (var step = 0; step < longest; step++)
        {
            foreach (var (seller, texts) in plans)
            {
                if (step < texts.Count)
                {
                    commits.Add(await pipeline.EnqueueAsync(SignupScript.Update(seller, texts[step], nextId()), CancellationToken.None).ConfigureAwait(false));
                }
            }
        }

        await Task.WhenAll(commits).ConfigureAwait(false);
        return (commits.Count, watch.Elapsed);
    }

    /// <summary>
    /// Times the reminder job's scan over every registration: with nothing due, at the first day-before reminder time
    /// (those sessions' reminders are queued), a minute later (all sent already: the scan every minute does), and at the
    /// first two-hours-before time. Returns the scans' run times in ms.
    /// </summary>
    private static async Task<List<double>> ScanAsync(CoreHost host, ShiftedClock clock)
    {
        var job = host.Get<ReminderJob>();
        var first = TrainingStore.Sessions(host.Database).FindAll().OrderBy(s => s.StartUtc).First();
        var registrations = TrainingStore.Registrations(host.Database).Count();
        var times = new List<double>();
        foreach (var (label, at) in new (string, DateTime?)[]
        {
            ("nothing due", null),
            ("day-before reminders due", job.DayBeforeUtc(first).AddSeconds(1)),
            ("a minute later, all sent", job.DayBeforeUtc(first).AddMinutes(1)),
            ("two-hours-before reminders due", first.StartUtc - ReminderJob.ShortNotice + TimeSpan.FromSeconds(1)),
        })
        {
            if (at is { } utc)
            {
                clock.Set(utc);
            }

            var rowsBefore = host.Database.Outbox.Count();
            var timed = new TimedJob(job);
            var watch = Stopwatch.StartNew();
            var committed = await host.Pipeline.EnqueueAsync(timed, CancellationToken.None).ConfigureAwait(false);
            await committed.ConfigureAwait(false);
            watch.Stop();
            var queued = host.Database.Outbox.Count() - rowsBefore;
            times.Add(timed.Elapsed.TotalMilliseconds);
            BenchOutput.Progress($"reminder scan over {registrations} registrations, {label}: {timed.Elapsed.TotalMilliseconds:F2} ms on the writer, "
                + $"{watch.Elapsed.TotalMilliseconds:F1} ms enqueue to commit; {queued} reminders queued");
            await Drain(host).ConfigureAwait(false);
        }

        clock.Offset = TimeSpan.Zero;
        return times;
    }

    private static List<string> Verify(CoreHost host, SignupScript script, int sellers)
    {
        var problems = new List<string>();
        var registrations = TrainingStore.Registrations(host.Database).FindAll().ToList();
        var sessions = TrainingStore.Sessions(host.Database).FindAll().OrderBy(s => s.Id).ToList();
        var bySeller = registrations.GroupBy(r => r.SellerId).ToDictionary(g => g.Key, g => g.ToList());
        var wrong = 0;
        string? example = null;
        for (var seller = 0; seller < sellers; seller++)
        {
            var expected = sessions[script.SessionOf(seller)].Id;
            if (!bySeller.TryGetValue(SignupScript.SellerKey(seller), out var mine) || mine.Count != 1
                || mine[0].SessionId != expected || mine[0].Status != RegistrationStatus.Registered)
            {
                wrong++;
                example ??= $"{SignupScript.SellerKey(seller)} has {mine?.Count ?? 0} registrations ({string.Join(", ", mine?.Select(r => $"session {r.SessionId} {r.Status}") ?? [])}), expected one seat in session {expected}";
            }
        }

        if (registrations.Count != sellers || wrong > 0)
        {
            problems.Add($"{registrations.Count} registrations for {sellers} sellers, {wrong} sellers without exactly their one seat; e.g. {example}");
        }

        var profiles = ProfileStore.Collection(host.Database).FindAll().ToDictionary(p => p.Id);
        var badProfiles = Enumerable.Range(0, sellers).Count(s => !profiles.TryGetValue(SignupScript.SellerKey(s), out var p)
            || p.OwnerName != SignupScript.OwnerName(s) || p.Phone != SignupScript.Phone(s) || p.ConsentVersion.Length == 0);
        if (badProfiles > 0)
        {
            problems.Add($"{badProfiles} sellers without the profile they typed or had");
        }

        var inForm = host.Database.Conversations.Count(c => c.Form != null);
        if (inForm > 0)
        {
            problems.Add($"{inForm} conversations are still inside a form");
        }

        if (host.Metrics.DuplicateCount > 0 || host.Metrics.ErrorCount > 0)
        {
            problems.Add($"{host.Metrics.DuplicateCount} updates dropped as duplicates, {host.Metrics.ErrorCount} errors");
        }

        var updates = host.Metrics.UpdateCount;
        var rows = host.Database.Outbox.Count();
        if (rows != updates)
        {
            problems.Add($"the outbox holds {rows} replies for {updates} messages");
        }

        return problems;
    }

    private static async Task Drain(CoreHost host)
    {
        if (!await host.WaitForOutboxAsync(DrainTimeout).ConfigureAwait(false))
        {
            BenchOutput.Progress($"warning: outbox still has {host.Outbox.Backlog} rows in flight after {DrainTimeout.TotalSeconds:F0} s");
        }
    }
}
