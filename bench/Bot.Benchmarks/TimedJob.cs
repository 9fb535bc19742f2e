using System.Diagnostics;
using Bot.Core.Conversations;

namespace Bot.Benchmarks;

/// <summary>Runs a product job on the writer thread and records how long its Run took (the batch commit not included).</summary>
internal sealed class TimedJob(IPipelineJob inner) : IPipelineJob
{
    public string Name => inner.Name;

    public TimeSpan Elapsed { get; private set; }

    public void Run(WriterSession session)
    {
        var start = Stopwatch.GetTimestamp();
        inner.Run(session);
        Elapsed = Stopwatch.GetElapsedTime(start);
    }
}
