namespace Bot.Core.ExportFaq;

/// <summary>The outcome of matching one message.</summary>
/// <param name="TopicId">The entry to answer with; set only when <paramref name="Route"/> is Faq.</param>
/// <param name="Confidence">
/// In [0, 1]. For Faq and None: the retrieval confidence (0 when an out-of-scope rule fired). For Training and
/// Curation: 1, a rule decided.
/// </param>
/// <param name="Related">Up to three other topic ids to offer as buttons (Faq only).</param>
/// <param name="NearestTopicId">
/// The best entry even when not confident enough to answer; useful for the unanswered queue. Null when an
/// out-of-scope or flow rule fired.
/// </param>
/// <param name="Reason">A short explanation for logs and admins, e.g. "out of scope: weather (cuaca)".</param>
public sealed record FaqMatch(
    string? TopicId,
    double Confidence,
    FaqRoute Route,
    IReadOnlyList<string> Related,
    string? NearestTopicId = null,
    string? Reason = null)
{
    public bool Answered => Route == FaqRoute.Faq && TopicId is not null;

    /// <summary>
    /// True when a rule found the message outside the bot's subject (weather, loans, …): say what the bot can
    /// help with. False with Route None means "in scope but no confident answer": say so honestly and offer to
    /// forward the question to the team.
    /// </summary>
    public bool OutOfScope { get; init; }

    /// <summary>The language the question seems to be written in ("id" / "en"), or null when it does not tell.</summary>
    public string? Language { get; init; }
}
