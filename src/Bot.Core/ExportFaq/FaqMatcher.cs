using Bot.Core.ExportFaq.Retrieval;
using Bot.Core.ExportFaq.Routing;

namespace Bot.Core.ExportFaq;

/// <summary>
/// Decides what a free-text message is: a sign-up, a curation submission, out of scope, or an FAQ question
/// answered when the best entry's confidence reaches the threshold. Safe to call from many threads.
/// </summary>
public sealed class FaqMatcher
{
    /// <summary>
    /// Chosen on tests/…/ExportFaq/Data/faq-eval.tsv: the lowest threshold at which retrieval alone, without the
    /// out-of-scope word lists, still turns away at least 90% of the out-of-scope questions (91% at 0.40, 88%
    /// at 0.35), while 94% of in-scope questions are answered with the right topic.
    /// </summary>
    public const double DefaultThreshold = 0.40;

    private const int MaxRelated = 3;

    private readonly FaqIndex _index;

    public FaqMatcher(FaqIndex index, double threshold = DefaultThreshold)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threshold, 1);
        _index = index;
        Threshold = threshold;
    }

    public double Threshold { get; }

    public FaqMatch Match(string question) => Decide(question) with { Language = QuestionLanguage.Detect(question) };

    private FaqMatch Decide(string question)
    {
        var tokens = ChatNormaliser.Tokens(question);
        if (tokens.Count == 0)
        {
            return new FaqMatch(null, 0, FaqRoute.None, [], Reason: "empty");
        }

        var intent = FaqIntentClassifier.Classify(tokens);
        switch (intent.Intent)
        {
            case FaqIntent.TrainingSignup:
                return new FaqMatch(null, 1, FaqRoute.Training, [], Reason: intent.Reason);
            case FaqIntent.CurationSubmit:
                return new FaqMatch(null, 1, FaqRoute.Curation, [], Reason: intent.Reason);
            case FaqIntent.OutOfScope:
                return new FaqMatch(null, 0, FaqRoute.None, [], Reason: intent.Reason) { OutOfScope = true };
        }

        var hits = _index.Search(question);
        var confidence = Math.Round(ConfidenceModel.Compute(hits), 3);
        var best = hits.Count > 0 ? hits[0].TopicId : null;
        if (best is null || confidence < Threshold)
        {
            return new FaqMatch(null, confidence, FaqRoute.None, [], best, "not confident");
        }

        return new FaqMatch(best, confidence, FaqRoute.Faq, Related(best), best);
    }

    // Only topics still in the index: an admin may have removed one that an entry lists.
    private string[] Related(string topicId) =>
        _index.Find(topicId)?.Related.Where(id => id != topicId && _index.Find(id) is not null).Take(MaxRelated).ToArray()
        ?? [];
}
