using System.ComponentModel.DataAnnotations;

namespace Bot.Core.Broadcast;

public sealed class BroadcastOptions
{
    public const string Section = "Broadcast";

    /// <summary>
    /// Broadcast messages handed to the outbox at a time; more follow as these are acknowledged. About two seconds
    /// of the platform's rate: enough to keep the sender busy, small enough that replies never queue behind them.
    /// </summary>
    [Range(1, 100_000, ErrorMessage = "Broadcast:MaxInFlight must be between 1 and 100000.")]
    public int MaxInFlight { get; set; } = 60;

    /// <summary>How often the admin's progress message is updated while a broadcast runs.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Broadcast:ProgressInterval must be between 00:00:01 and 01:00:00.")]
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often running broadcasts are looked at (progress, resuming after a restart, finishing).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00", ErrorMessage = "Broadcast:TickInterval must be between 00:00:00.050 and 00:01:00.")]
    public TimeSpan TickInterval { get; set; } = TimeSpan.FromSeconds(1);
}
