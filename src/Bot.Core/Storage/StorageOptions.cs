using System.ComponentModel.DataAnnotations;

namespace Bot.Core.Storage;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The LiteDB file; a relative path is taken from the working directory.</summary>
    [Required(ErrorMessage = "Storage:DatabasePath is empty: give a file path such as data/bot.db.")]
    public string DatabasePath { get; set; } = "data/bot.db";

    /// <summary>How long update ids are remembered for deduplication; platforms never resend older ones.</summary>
    [Range(1, 365, ErrorMessage = "Storage:ProcessedUpdateRetentionDays must be between 1 and 365.")]
    public int ProcessedUpdateRetentionDays { get; set; } = 7;

    /// <summary>Exports made for download (CSV, /datasaya copies) are deleted this many days after they were made; they hold personal data.</summary>
    [Range(1, 365, ErrorMessage = "Storage:ExportRetentionDays must be between 1 and 365.")]
    public int ExportRetentionDays { get; set; } = 7;
}
