using System.Diagnostics;

namespace Bot.Benchmarks;

/// <summary>Samples the working set every 50 ms; the peak is the larger of the samples and the OS's own peak.</summary>
internal sealed class MemorySampler : IDisposable
{
    private readonly Process _process = Process.GetCurrentProcess();
    private readonly Lock _gate = new();
    private readonly Timer _timer;
    private long _maxSampled;
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
            _maxSampled = Math.Max(_maxSampled, _process.WorkingSet64);
        }
    }
}
