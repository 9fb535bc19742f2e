namespace Bot.Benchmarks;

/// <summary>Garbage collections, pause time and allocation at one point, for the progress lines (GC is a large share of the writer's time).</summary>
internal readonly record struct GcSnapshot(int Gen0, int Gen1, int Gen2, TimeSpan Pause, long Allocated)
{
    public static GcSnapshot Now() => new(
        GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());

    /// <summary>What happened since this snapshot was taken.</summary>
    public string Since(long messages)
    {
        var now = Now();
        var allocated = now.Allocated - Allocated;
        return $"GC gen0 {now.Gen0 - Gen0}, gen1 {now.Gen1 - Gen1}, gen2 {now.Gen2 - Gen2}, "
            + $"pause {(now.Pause - Pause).TotalMilliseconds:F0} ms, allocated {allocated / (1024.0 * 1024.0):F0} MB "
            + $"({allocated / 1024.0 / Math.Max(1, messages):F0} KB per message)";
    }
}
