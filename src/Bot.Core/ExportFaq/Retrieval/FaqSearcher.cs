using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Bot.Core.ExportFaq.Retrieval;

/// <summary>
/// Runs one question against a snapshot: per word, the best of its Indonesian and English terms over question
/// and answer fields (question fields weigh more); BM25 sums the words. Then coverage for each hit.
/// </summary>
internal static class FaqSearcher
{
    private const float QuestionBoost = 3f;
    private const float AnswerBoost = 1f;
    private const float PhraseBoost = 2f;

    // Half credit: an answer mentions neighbouring topics ("you need an NIB first") without being about them.
    private const double AnswerCoverage = 0.5;

    // BM25 in Lucene 4.8 has no coordination factor: an entry matching one rare word many times can beat one
    // matching every word. Scaling by coverage puts that back; an entry covering nothing keeps this share.
    private const double CoverageFloor = 0.3;

    // Rerank this many BM25 hits by coverage; the right entry is practically always among them.
    private const int Candidates = 10;

    private const int MaxPhrases = 31;

    public static IReadOnlyList<FaqHit> Search(
        FaqSnapshot snapshot, IReadOnlyList<string> words, IReadOnlyList<QueryToken> tokens, int max)
    {
        if (tokens.Count == 0 || snapshot.Entries.Count == 0)
        {
            return [];
        }

        var query = new BooleanQuery();
        foreach (var token in tokens)
        {
            query.Add(WordQuery(token), Occur.SHOULD);
        }

        // Adjacent words as typed; a pair the knowledge base never uses costs nothing.
        for (var i = 0; i + 1 < words.Count && i < MaxPhrases; i++)
        {
            query.Add(PairQuery(words[i], words[i + 1]), Occur.SHOULD);
        }

        var top = snapshot.Searcher.Search(query, Math.Max(max, Candidates));
        var hits = new List<FaqHit>(top.ScoreDocs.Length);
        foreach (var scoreDoc in top.ScoreDocs)
        {
            var id = snapshot.TopicOf(scoreDoc.Doc);
            if (id is not null && snapshot.Entries.TryGetValue(id, out var entry))
            {
                var coverage = Coverage(entry, tokens);
                var score = scoreDoc.Score * (CoverageFloor + ((1 - CoverageFloor) * coverage));
                hits.Add(new FaqHit(id, score, coverage));
            }
        }

        return [.. hits.OrderByDescending(h => h.Score).Take(max)];
    }

    public static double Coverage(IndexedEntry entry, IReadOnlyList<QueryToken> tokens)
    {
        double covered = 0, total = 0;
        foreach (var token in tokens)
        {
            total += token.Weight;
            var id = IndexedEntry.IdPrefix + token.IdTerm;
            var en = IndexedEntry.EnPrefix + token.EnTerm;
            if (entry.QuestionTerms.Contains(id) || entry.QuestionTerms.Contains(en))
            {
                covered += token.Weight;
            }
            else if (entry.AnswerTerms.Contains(id) || entry.AnswerTerms.Contains(en))
            {
                covered += token.Weight * AnswerCoverage;
            }
        }

        return total > 0 ? covered / total : 0;
    }

    private static PhraseQuery PairQuery(string first, string second)
    {
        var query = new PhraseQuery { Boost = PhraseBoost };
        query.Add(new Term(FaqFields.Phrases, first));
        query.Add(new Term(FaqFields.Phrases, second));
        return query;
    }

    // DisMax, not a sum: a word found in both languages or both fields is still one word of the question.
    private static DisjunctionMaxQuery WordQuery(QueryToken token) => new(0.1f)
    {
        new TermQuery(new Term(FaqFields.QuestionsId, token.IdTerm)) { Boost = QuestionBoost },
        new TermQuery(new Term(FaqFields.AnswerId, token.IdTerm)) { Boost = AnswerBoost },
        new TermQuery(new Term(FaqFields.QuestionsEn, token.EnTerm)) { Boost = QuestionBoost },
        new TermQuery(new Term(FaqFields.AnswerEn, token.EnTerm)) { Boost = AnswerBoost },
    };
}
