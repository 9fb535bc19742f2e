namespace Bot.Core.Curation;

/// <summary>One curator decision, kept in the submission's history; later decisions never overwrite earlier ones.</summary>
public sealed class CurationDecision
{
    public int Version { get; set; }

    public DecisionOutcome Outcome { get; set; }

    /// <summary>"platform:user id" of the curator.</summary>
    public string Curator { get; set; } = string.Empty;

    public string? CuratorName { get; set; }

    public DateTime AtUtc { get; set; }

    /// <summary>Codes of the common reasons picked (see <see cref="Review.RevisionReasons"/>).</summary>
    public List<string> Reasons { get; set; } = [];

    public string? Note { get; set; }

    /// <summary>Checklist item code → met, for every item of <see cref="Review.CurationChecklist"/>.</summary>
    public Dictionary<string, bool> Checklist { get; set; } = [];
}
