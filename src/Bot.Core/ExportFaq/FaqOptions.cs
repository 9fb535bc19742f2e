using System.ComponentModel.DataAnnotations;

namespace Bot.Core.ExportFaq;

public sealed class FaqOptions
{
    public const string Section = "ExportFaq";

    /// <summary>Below this confidence the bot says it does not know, and offers to forward the question.</summary>
    [Range(0.05, 0.95, ErrorMessage = "ExportFaq:ConfidenceThreshold must be between 0.05 and 0.95 (0.40 is tuned on the test questions).")]
    public double ConfidenceThreshold { get; set; } = FaqMatcher.DefaultThreshold;
}
