namespace Bot.Core.Curation;

public enum DecisionOutcome
{
    Approved,
    NeedsRevision,
    Rejected,
}
