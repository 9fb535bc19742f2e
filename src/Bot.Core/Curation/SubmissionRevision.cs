namespace Bot.Core.Curation;

/// <summary>The fields as they were before a resubmission, so the history shows what changed.</summary>
public sealed class SubmissionRevision
{
    public int Version { get; set; }

    public DateTime SubmittedUtc { get; set; }

    public Dictionary<string, string> Fields { get; set; } = [];

    public List<int> PhotoNumbers { get; set; } = [];
}
