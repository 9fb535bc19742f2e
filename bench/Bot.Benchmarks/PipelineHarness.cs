using System.Diagnostics;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Forms;
using Bot.Core.Messaging;
using Bot.Core.Outbox;
using Bot.Core.Profiles;
using Bot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Benchmarks;

/// <summary>
/// Bot.Core as the host composes it (<see cref="CoreHost"/>) with a no-op sender for the local platform, driven by
/// simulated chats through the /profil form.
/// </summary>
internal sealed class PipelineHarness : IAsyncDisposable
{
    private readonly CoreHost _host;
    private long _nextUpdateId;
    private long _messages;

    private PipelineHarness(CoreHost host)
    {
        _host = host;
        Sender = host.Get<NoopSender>();
        Script = new ChatScript(host.GetAll<FormDefinition>().Single(f => f.Name == ProfileForm.FormName));
    }

    public ChatScript Script { get; }

    public PipelineMetrics Metrics => _host.Metrics;

    public NoopSender Sender { get; }

    public BotDatabase Database => _host.Database;

    public int OutboxBacklog => _host.Outbox.Backlog;

    public static async Task<PipelineHarness> StartAsync(string databasePath, IReadOnlyDictionary<string, string?> settings)
    {
        var host = await CoreHost.StartAsync(databasePath, settings, services =>
        {
            services.AddSingleton<NoopSender>();
            services.AddSingleton<IMessageSender>(sp => sp.GetRequiredService<NoopSender>());
        }).ConfigureAwait(false);
        return new PipelineHarness(host);
    }

    /// <summary>Queues every message of the chats at once — round robin across chats, each chat in order — and waits for all commits.</summary>
    /// <returns>The messages sent, and the time from the first enqueue to the last commit.</returns>
    public async Task<(int Messages, TimeSpan Elapsed)> RunFlatOutAsync(int firstChat, int chats)
    {
        var order = Interleave(firstChat, chats);
        var commits = new Task[order.Count];
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < order.Count; i++)
        {
            commits[i] = await _host.Pipeline.EnqueueAsync(NextUpdate(order[i]), CancellationToken.None).ConfigureAwait(false);
        }

        await Task.WhenAll(commits).ConfigureAwait(false);
        watch.Stop();
        return (order.Count, watch.Elapsed);
    }

    /// <summary>
    /// Offers the chats' messages at a steady <paramref name="rate"/> from a dedicated thread: every millisecond tick it
    /// queues what is due by the stopwatch (a burst of ~rate/1000), then sleeps to the next tick.
    /// </summary>
    public async Task<PacedResult> RunPacedAsync(int firstChat, int chats, int rate)
    {
        var order = Interleave(firstChat, chats);
        var total = order.Count;
        var commits = new Task[total];
        long maxLagTicks = 0;
        var maxBurst = 0;
        TimeSpan offering = default;
        var thread = new Thread(() =>
        {
            var start = Stopwatch.GetTimestamp();
            var sent = 0;
            while (sent < total)
            {
                var now = Stopwatch.GetTimestamp();
                var due = (int)Math.Min(total, ((now - start) * (double)rate / Stopwatch.Frequency) + 1);
                maxBurst = Math.Max(maxBurst, due - sent);
                if (due > sent)
                {
                    var dueAt = start + (long)(sent * (double)Stopwatch.Frequency / rate);
                    maxLagTicks = Math.Max(maxLagTicks, now - dueAt);
                }

                while (sent < due)
                {
                    commits[sent] = EnqueueBlocking(NextUpdate(order[sent]));
                    sent++;
                }

                if (sent < total)
                {
                    Thread.Sleep(1);
                }
            }

            offering = Stopwatch.GetElapsedTime(start);
        })
        {
            Name = "bench-pacer",
            IsBackground = true,
        };
        thread.Start();
        await Task.Run(thread.Join).ConfigureAwait(false);
        await Task.WhenAll(commits).ConfigureAwait(false);
        return new PacedResult(total, offering, maxBurst, Stopwatch.GetElapsedTime(0, maxLagTicks));
    }

    /// <summary>Waits until every outbox row is sent and its acknowledgement committed.</summary>
    public Task<bool> WaitForOutboxAsync(TimeSpan timeout) => _host.WaitForOutboxAsync(timeout);

    public Task StopAsync() => _host.StopAsync();

    /// <summary>Checks that chats [0, <paramref name="chats"/>) each saved the profile they typed; returns the problems found.</summary>
    public List<string> Verify(int chats)
    {
        var problems = new List<string>();
        var sellers = ProfileStore.Collection(Database);
        var count = sellers.Count();
        if (count != chats)
        {
            problems.Add($"sellers collection holds {count} profiles, expected {chats}");
        }

        var missing = 0;
        var wrong = 0;
        string? example = null;
        var byId = sellers.FindAll().ToDictionary(p => p.Id);
        for (var chat = 0; chat < chats; chat++)
        {
            var id = SellerProfile.KeyOf(Platform.Local, ChatScript.ChatId(chat));
            if (!byId.TryGetValue(id, out var profile))
            {
                missing++;
                example ??= $"no profile for {id}";
                continue;
            }

            if (!Script.Plan(chat).Matches(profile, out var difference))
            {
                wrong++;
                example ??= $"profile {id}: {difference}";
            }
        }

        if (missing > 0 || wrong > 0)
        {
            problems.Add($"{missing} chats without a profile, {wrong} with wrong values; e.g. {example}");
        }

        var inForm = Database.Conversations.Count(c => c.Form != null);
        if (inForm > 0)
        {
            problems.Add($"{inForm} conversations are still inside a form");
        }

        if (Metrics.DuplicateCount > 0)
        {
            problems.Add($"{Metrics.DuplicateCount} updates were dropped as duplicates");
        }

        // Every message the chats sent gets exactly one reply.
        var expectedReplies = Interlocked.Read(ref _messages);
        var rows = Database.Outbox.Count();
        var sent = Database.Outbox.Count(r => r.Status == OutboxStatus.Sent);
        if (rows != expectedReplies || sent != rows)
        {
            problems.Add($"outbox holds {rows} rows ({sent} sent), expected {expectedReplies} replies, all sent");
        }

        return problems;
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    /// <summary>Each chat's messages in order, interleaved round robin across the chats: (chat, text) pairs.</summary>
    private List<(int Chat, string Text)> Interleave(int firstChat, int chats)
    {
        var plans = Enumerable.Range(firstChat, chats).Select(Script.Plan).ToList();
        var order = new List<(int Chat, string Text)>(plans.Sum(p => p.Texts.Count));
        var longest = plans.Max(p => p.Texts.Count);
        for (var step = 0; step < longest; step++)
        {
            foreach (var plan in plans.Where(p => step < p.Texts.Count))
            {
                order.Add((plan.Chat, plan.Texts[step]));
            }
        }

        return order;
    }

    private InboundUpdate NextUpdate((int Chat, string Text) message)
    {
        Interlocked.Increment(ref _messages);
        return ChatScript.Update(message.Chat, message.Text, Interlocked.Increment(ref _nextUpdateId));
    }

    private Task EnqueueBlocking(InboundUpdate update)
    {
        var queued = _host.Pipeline.EnqueueAsync(update, CancellationToken.None);
        return queued.IsCompletedSuccessfully ? queued.Result : queued.AsTask().GetAwaiter().GetResult();
    }
}

/// <param name="Messages">Messages offered.</param>
/// <param name="Offering">From the first offer to the last.</param>
/// <param name="MaxBurst">Most messages queued in one tick.</param>
/// <param name="MaxLag">Longest a message was offered after its due time (pacer or queue back-pressure).</param>
internal sealed record PacedResult(int Messages, TimeSpan Offering, int MaxBurst, TimeSpan MaxLag);
