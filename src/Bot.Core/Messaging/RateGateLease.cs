namespace Bot.Core.Messaging;

/// <summary>A held permit of a <see cref="RateGate"/>; disposing it starts the permit's window.</summary>
public sealed class RateGateLease : IDisposable
{
    private RateGate? _gate;

    internal RateGateLease(RateGate gate) => _gate = gate;

    public void Dispose() => Interlocked.Exchange(ref _gate, null)?.Release();
}
