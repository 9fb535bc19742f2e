namespace Bot.Benchmarks;

/// <summary>The system clock moved by an offset the scenario sets, to bring reminders due without waiting days.</summary>
internal sealed class ShiftedClock : TimeProvider
{
    private long _offsetTicks;

    public TimeSpan Offset
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));
        set => Interlocked.Exchange(ref _offsetTicks, value.Ticks);
    }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;

    /// <summary>Moves the clock so that it reads <paramref name="utc"/> now.</summary>
    public void Set(DateTime utc) => Offset = DateTime.SpecifyKind(utc, DateTimeKind.Utc) - System.GetUtcNow().UtcDateTime;
}
