namespace Bot.Core.Curation;

public enum SubmissionState
{
    Submitted,
    InReview,
    Approved,
    NeedsRevision,
    Rejected,
    Withdrawn,
}
