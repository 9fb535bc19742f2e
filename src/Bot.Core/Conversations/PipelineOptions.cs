using System.ComponentModel.DataAnnotations;

namespace Bot.Core.Conversations;

public sealed class PipelineOptions
{
    public const string Section = "Pipeline";

    /// <summary>Most items committed in one transaction.</summary>
    [Range(1, 10_000, ErrorMessage = "Pipeline:MaxBatchSize must be between 1 and 10000.")]
    public int MaxBatchSize { get; set; } = 512;

    /// <summary>Items waiting for the writer before adapters are slowed down.</summary>
    [Range(1, 1_000_000, ErrorMessage = "Pipeline:QueueCapacity must be between 1 and 1000000.")]
    public int QueueCapacity { get; set; } = 10_000;

    /// <summary>How often the summary line (updates/s, outbox backlog, errors) is logged.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Pipeline:SummaryInterval must be between 00:00:01 and 1.00:00:00 (e.g. 00:01:00 for a minute).")]
    public TimeSpan SummaryInterval { get; set; } = TimeSpan.FromMinutes(1);
}
