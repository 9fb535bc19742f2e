using System.Collections.Concurrent;

namespace Bot.Core.ExportFaq.Retrieval;

/// <summary>
/// Counts over all entries of one index state: in how many entries each term occurs (for term weights) and
/// which words the knowledge base uses (for spelling correction). Immutable once built: a change makes a new
/// instance from the old one by applying only the changed entry, so an admin edit costs no full recount.
/// </summary>
internal sealed class CorpusStatistics
{
    private readonly Dictionary<string, int> _docFreq;
    private readonly Dictionary<string, int> _wordFreq;
    private readonly Dictionary<int, string[]> _wordsByLength;

    // Corrections depend on the vocabulary, so they are cached per instance.
    private readonly ConcurrentDictionary<string, string> _corrections = new(StringComparer.Ordinal);

    private CorpusStatistics(int entryCount, Dictionary<string, int> docFreq, Dictionary<string, int> wordFreq)
    {
        EntryCount = entryCount;
        _docFreq = docFreq;
        _wordFreq = wordFreq;
        _wordsByLength = wordFreq.Keys
            .Where(w => w.Length >= SpellingCorrector.MinLength - 2 && !w.Any(char.IsDigit))
            .GroupBy(w => w.Length)
            .ToDictionary(g => g.Key, g => g.ToArray());
    }

    public static CorpusStatistics Empty { get; } = new(0, [], []);

    public int EntryCount { get; }

    public static CorpusStatistics From(IReadOnlyCollection<IndexedEntry> entries)
    {
        var docFreq = new Dictionary<string, int>(StringComparer.Ordinal);
        var wordFreq = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            Apply(docFreq, entry.AllTerms, +1);
            Apply(wordFreq, entry.Words, +1);
        }

        return new CorpusStatistics(entries.Count, docFreq, wordFreq);
    }

    /// <summary>A copy with one entry taken out and/or one put in (an edit is both).</summary>
    public CorpusStatistics Change(IndexedEntry? removed, IndexedEntry? added)
    {
        var docFreq = new Dictionary<string, int>(_docFreq, StringComparer.Ordinal);
        var wordFreq = new Dictionary<string, int>(_wordFreq, StringComparer.Ordinal);
        if (removed is not null)
        {
            Apply(docFreq, removed.AllTerms, -1);
            Apply(wordFreq, removed.Words, -1);
        }

        if (added is not null)
        {
            Apply(docFreq, added.AllTerms, +1);
            Apply(wordFreq, added.Words, +1);
        }

        var count = EntryCount - (removed is null ? 0 : 1) + (added is null ? 0 : 1);
        return new CorpusStatistics(count, docFreq, wordFreq);
    }

    public bool KnowsWord(string word) => _wordFreq.ContainsKey(word);

    public int WordFrequency(string word) => _wordFreq.GetValueOrDefault(word);

    public IReadOnlyList<string> WordsOfLength(int length) =>
        _wordsByLength.TryGetValue(length, out var words) ? words : [];

    public string Correct(string word) =>
        _corrections.Count < 50_000
            ? _corrections.GetOrAdd(word, static (w, stats) => SpellingCorrector.Correct(w, stats), this)
            : SpellingCorrector.Correct(word, this);

    /// <summary>In how many entries either analysed form of a word occurs.</summary>
    public int EntriesWith(WordTerms terms) => Math.Max(
        terms.Id is null ? 0 : _docFreq.GetValueOrDefault(IndexedEntry.IdPrefix + terms.Id),
        terms.En is null ? 0 : _docFreq.GetValueOrDefault(IndexedEntry.EnPrefix + terms.En));

    /// <summary>BM25's inverse document frequency: rare words weigh more; unknown words weigh most.</summary>
    public double Weight(int entriesWith) =>
        Math.Log(1 + ((EntryCount - entriesWith + 0.5) / (entriesWith + 0.5)));

    private static void Apply(Dictionary<string, int> counts, IEnumerable<string> keys, int delta)
    {
        foreach (var key in keys)
        {
            var value = counts.GetValueOrDefault(key) + delta;
            if (value > 0)
            {
                counts[key] = value;
            }
            else
            {
                counts.Remove(key);
            }
        }
    }
}
