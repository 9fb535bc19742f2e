namespace Bot.Core.Statistics;

/// <param name="Answered">Questions the bot answered from the FAQ.</param>
/// <param name="Unknown">In-scope questions it had no confident answer for.</param>
/// <param name="TopTopics">The most answered topics, most first (at most five).</param>
public sealed record FaqFigures(
    int Answered, int Unknown, int OutOfScope, int Forwarded, int ForwardedAnswered, IReadOnlyList<KeyValuePair<string, int>> TopTopics, int Helpful, int NotHelpful)
{
    public int ForwardedOpen => Forwarded - ForwardedAnswered;

    public double HelpfulRate => Helpful + NotHelpful == 0 ? 0 : (double)Helpful / (Helpful + NotHelpful);
}
