using System.Diagnostics.Tracing;

namespace Bot.Benchmarks;

internal sealed class AllocListener : EventListener
{
    public static readonly Dictionary<string, long> ByType = [];

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null)
        {
            return;
        }

        var name = e.PayloadNames!.IndexOf("TypeName") is var i and >= 0 ? e.Payload[i]?.ToString() ?? "?" : "?";
        var amount = e.PayloadNames!.IndexOf("AllocationAmount64") is var j and >= 0 ? Convert.ToInt64(e.Payload[j], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        lock (ByType)
        {
            ByType[name] = ByType.GetValueOrDefault(name) + amount;
        }
    }

    public static void Dump()
    {
        lock (ByType)
        {
            var total = ByType.Values.Sum();
            foreach (var (k, v) in ByType.OrderByDescending(p => p.Value).Take(40))
            {
                Console.WriteLine($"alloc {v / 1048576.0,8:F1} MB {100.0 * v / total,5:F1}% {k}");
            }
        }
    }
}
