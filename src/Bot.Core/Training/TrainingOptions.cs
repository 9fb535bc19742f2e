using System.ComponentModel.DataAnnotations;

namespace Bot.Core.Training;

public sealed class TrainingOptions
{
    public const string Section = "Training";

    /// <summary>Time of day (WIB) the day-before reminder goes out.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "23:59:00", ErrorMessage = "Training:ReminderTime must be a time of day in WIB, such as 08:00.")]
    public TimeSpan ReminderTime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>How often due reminders are looked for.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00", ErrorMessage = "Training:ReminderScanInterval must be between 00:00:05 and 01:00:00.")]
    public TimeSpan ReminderScanInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A fresh database gets example programmes and upcoming sessions, so the flow can be tried at once.</summary>
    public bool SeedCatalogue { get; set; } = true;

    /// <summary>Field separator of the CSV export; ";" suits spreadsheets set to Indonesian number format.</summary>
    [RegularExpression("^[,;\\t]$", ErrorMessage = "Training:CsvDelimiter must be \",\", \";\" or a tab.")]
    public string CsvDelimiter { get; set; } = ",";
}
