namespace Bot.Core.Curation.Review;

/// <summary>The one-letter outcome codes in button data and the decision form.</summary>
public static class DecisionCodes
{
    public const string Approve = "a";
    public const string Revise = "r";
    public const string Reject = "x";

    public static bool TryParse(string? code, out DecisionOutcome outcome)
    {
        outcome = code?.Trim().ToLowerInvariant() switch
        {
            Approve => DecisionOutcome.Approved,
            Revise => DecisionOutcome.NeedsRevision,
            Reject => DecisionOutcome.Rejected,
            _ => (DecisionOutcome)(-1),
        };
        return Enum.IsDefined(outcome);
    }

    public static string Of(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Approved => Approve,
        DecisionOutcome.NeedsRevision => Revise,
        _ => Reject,
    };
}
