namespace Bot.Core.ExportFaq;

/// <param name="TopicId">The entry found.</param>
/// <param name="Score">
/// Its BM25 score for the question scaled by coverage; comparable only within one search.
/// </param>
/// <param name="Coverage">
/// The share of the question's meaningful words, weighted by rarity, that the entry talks about: 1 when every
/// word occurs in its question variants or keywords, half credit for words only in its answer.
/// </param>
public sealed record FaqHit(string TopicId, double Score, double Coverage);
