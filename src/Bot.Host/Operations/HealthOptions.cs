using System.ComponentModel.DataAnnotations;

namespace Bot.Host.Operations;

public sealed class HealthOptions
{
    public const string Section = "Health";

    /// <summary>The local port (127.0.0.1 only) for GET /healthz and the backup command; 0 turns it off.</summary>
    [Range(0, 65535, ErrorMessage = "Health:Port must be between 0 (off) and 65535.")]
    public int Port { get; set; }

    /// <summary>How long /healthz waits for a test write to commit before it calls the database not writable.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00", ErrorMessage = "Health:WriteTimeout must be between 00:00:01 and 00:05:00.")]
    public TimeSpan WriteTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
