using System.Diagnostics;

namespace Bot.Core.Conversations;

/// <summary>Counters of the writer, read by the summary log line, health and the benchmark.</summary>
public sealed class PipelineMetrics
{
    private long _committed;
    private long _duplicates;
    private long _batches;
    private long _updates;
    private long _errors;
    private readonly Lock _latencyGate = new();
    private List<double>? _latenciesMs;

    public long CommittedCount => Interlocked.Read(ref _committed);

    public long DuplicateCount => Interlocked.Read(ref _duplicates);

    public long BatchCount => Interlocked.Read(ref _batches);

    /// <summary>Inbound updates committed (jobs not counted).</summary>
    public long UpdateCount => Interlocked.Read(ref _updates);

    /// <summary>Failed flow steps, failed batches and messages given up on.</summary>
    public long ErrorCount => Interlocked.Read(ref _errors);

    public void Error() => Interlocked.Increment(ref _errors);

    /// <summary>Starts recording enqueue-to-commit latencies (the benchmark's p50 / p99).</summary>
    public void RecordLatencies() => _latenciesMs = [];

    public IReadOnlyList<double> Latencies()
    {
        lock (_latencyGate)
        {
            return _latenciesMs is null ? [] : [.. _latenciesMs];
        }
    }

    internal void Duplicate() => Interlocked.Increment(ref _duplicates);

    internal void Batch() => Interlocked.Increment(ref _batches);

    internal void Committed(PipelineItem item, long now)
    {
        Interlocked.Increment(ref _committed);
        if (item.Update is not null)
        {
            Interlocked.Increment(ref _updates);
        }

        if (_latenciesMs is { } list && item.Update is not null)
        {
            lock (_latencyGate)
            {
                list.Add(Stopwatch.GetElapsedTime(item.EnqueuedTimestamp, now).TotalMilliseconds);
            }
        }
    }
}
