namespace Bot.Core.Statistics;

/// <param name="Waiting">Submitted, not taken by a curator yet (also those still waiting for their photos).</param>
/// <param name="InReview">Taken by a curator.</param>
/// <param name="Weeks">The last weeks, oldest first; the current week last.</param>
/// <param name="MedianToDecision">From (re)submission to decision, over the decisions in <paramref name="Weeks"/>; null without any.</param>
public sealed record CurationFigures(
    int Waiting, int InReview, int Approved, int NeedsRevision, int Rejected, IReadOnlyList<WeekFigures> Weeks, TimeSpan? MedianToDecision, int DecisionsMeasured)
{
    public int Queue => Waiting + InReview;
}
