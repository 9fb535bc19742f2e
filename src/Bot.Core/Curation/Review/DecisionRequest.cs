using Bot.Core.Messaging;

namespace Bot.Core.Curation.Review;

/// <summary>A curator's decision as any workspace (Telegram, local chat, later Discord) hands it to <see cref="CurationDecisions"/>.</summary>
public sealed record DecisionRequest(
    int SubmissionId,
    Platform CuratorPlatform,
    string CuratorId,
    string? CuratorName,
    DecisionOutcome Outcome,
    IReadOnlyList<string> Reasons,
    string? Note,
    IReadOnlyCollection<string> ChecklistMet)
{
    public string CuratorKey => $"{CuratorPlatform}:{CuratorId}";

    /// <summary>
    /// Decided straight from a workspace card, without taking the submission from the queue first: allowed while it
    /// is reviewable (or held by this curator), never while another curator's claim runs.
    /// </summary>
    public bool WithoutClaim { get; init; }

    /// <summary>The workspace card the decision was pressed on, if any; otherwise the stored card is brought up to date.</summary>
    public string? CardMessageId { get; init; }
}
