using System.Diagnostics;
using System.Globalization;

namespace Bot.Benchmarks;

/// <summary>Samples the working set every 50 ms; the peak is the larger of the samples and the OS's own peak.</summary>
internal sealed class MemorySampler : IDisposable
{
    private readonly Process _process = Process.GetCurrentProcess();
    private readonly Lock _gate = new();
    private readonly Timer _timer;
    private long _maxSampled;
    private string _peakBreakdown = "not sampled";
    private bool _disposed;

    public MemorySampler()
    {
        _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(50));
    }

    public double PeakMegabytes
    {
        get
        {
            Sample();
            lock (_gate)
            {
                _process.Refresh();
                return Math.Max(_maxSampled, _process.PeakWorkingSet64) / (1024.0 * 1024.0);
            }
        }
    }

    /// <summary>
    /// The largest sample split into the GC heap (as the last collection left it, by generation) and the rest: where a
    /// peak comes from decides what can lower it.
    /// </summary>
    public string PeakBreakdown
    {
        get
        {
            lock (_gate)
            {
                return _peakBreakdown;
            }
        }
    }

    public void Dispose()
    {
        _timer.Dispose();

        // Timer.Dispose does not wait for a callback already running: it must find the process still there, or skip.
        lock (_gate)
        {
            _disposed = true;
            _process.Dispose();
        }
    }

    private void Sample()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _process.Refresh();
            var workingSet = _process.WorkingSet64;
            if (workingSet > _maxSampled)
            {
                _maxSampled = workingSet;
                _peakBreakdown = Breakdown(workingSet);
            }
        }
    }

    private static string Breakdown(long workingSet)
    {
        const int MB = 1024 * 1024;
        var gc = GC.GetGCMemoryInfo();
        var generations = gc.GenerationInfo;
        return string.Create(CultureInfo.InvariantCulture, $"working set {workingSet / MB} MB = GC heap committed {gc.TotalCommittedBytes / MB} MB ")
            + string.Create(CultureInfo.InvariantCulture, $"(gen0 {generations[0].SizeBeforeBytes / MB}, gen1 {generations[1].SizeAfterBytes / MB}, gen2 {generations[2].SizeAfterBytes / MB}, ")
            + string.Create(CultureInfo.InvariantCulture, $"large objects {generations[3].SizeAfterBytes / MB}, pinned {generations[4].SizeAfterBytes / MB} MB at the last GC) ")
            + string.Create(CultureInfo.InvariantCulture, $"+ {(workingSet - gc.TotalCommittedBytes) / MB} MB outside it (runtime, code, native)");
    }
}
