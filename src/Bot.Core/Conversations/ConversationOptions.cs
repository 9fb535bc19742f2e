using System.ComponentModel.DataAnnotations;

namespace Bot.Core.Conversations;

public sealed class ConversationOptions
{
    public const string Section = "Conversations";

    /// <summary>A form left silent this long is closed, with a message saying so.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00", ErrorMessage = "Conversations:FormExpiry must be between 00:01:00 and 30.00:00:00 (e.g. 1.00:00:00 for 24 hours).")]
    public TimeSpan FormExpiry { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often lapsed forms are looked for.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Conversations:SweepInterval must be between 00:00:01 and 01:00:00.")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);
}
