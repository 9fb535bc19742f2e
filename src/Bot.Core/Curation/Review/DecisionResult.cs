namespace Bot.Core.Curation.Review;

public enum DecisionResult
{
    Decided,
    NotFound,

    /// <summary>Already approved, rejected or sent back (e.g. "save" pressed twice).</summary>
    AlreadyDecided,

    /// <summary>Another curator holds it now (this curator's claim lapsed and was taken).</summary>
    HeldByOther,

    /// <summary>It is waiting for photos or in the queue: take it with "next in queue" first.</summary>
    NotInReview,
}
