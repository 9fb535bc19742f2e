using System.Diagnostics;

namespace Bot.Benchmarks;

/// <summary>
/// Garbage collections, pause time, allocation and the process's CPU time at one point, for the progress lines
/// (GC is a large share of the writer's time; CPU per message moves far less than wall time on a busy machine).
/// </summary>
internal readonly record struct GcSnapshot(int Gen0, int Gen1, int Gen2, TimeSpan Pause, long Allocated, TimeSpan Cpu)
{
    public static GcSnapshot Now() => new(
        GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes(),
        Process.GetCurrentProcess().TotalProcessorTime);

    /// <summary>What happened since this snapshot was taken.</summary>
    public string Since(long messages)
    {
        var now = Now();
        var allocated = now.Allocated - Allocated;
        var perMessage = Math.Max(1, messages);
        return $"GC gen0 {now.Gen0 - Gen0}, gen1 {now.Gen1 - Gen1}, gen2 {now.Gen2 - Gen2}, "
            + $"pause {(now.Pause - Pause).TotalMilliseconds:F0} ms, allocated {allocated / (1024.0 * 1024.0):F0} MB "
            + $"({allocated / 1024.0 / perMessage:F0} KB per message); process CPU {(now.Cpu - Cpu).TotalMicroseconds / perMessage:F0} µs per message";
    }
}
