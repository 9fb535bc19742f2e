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
}
