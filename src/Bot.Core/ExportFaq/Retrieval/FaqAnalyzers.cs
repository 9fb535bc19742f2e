using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Id;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Bot.Core.ExportFaq.Retrieval;

/// <summary>
/// The Indonesian and English analyzers (stop words and stemming) applied word by word to normalised text.
/// Normalised text is only letters, digits and single spaces, so analysing word by word gives the same terms
/// as analysing the whole text, and each word is analysed once: the results are cached. Lucene analyzers are
/// safe to share between threads.
/// </summary>
internal sealed class FaqAnalyzers : IDisposable
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // Enough for the knowledge base's vocabulary and a long tail of chat words; cleared rather than grown.
    private const int CacheLimit = 100_000;

    private readonly ConcurrentDictionary<string, WordTerms> _cache = new(StringComparer.Ordinal);

    public FaqAnalyzers()
    {
        Indonesian = new IndonesianAnalyzer(Version);
        English = new EnglishAnalyzer(Version);
        Words = new WhitespaceAnalyzer(Version);
    }

    public Analyzer Indonesian { get; }

    public Analyzer English { get; }

    /// <summary>Splits normalised text on spaces and keeps every word as it is (the phrase field).</summary>
    public Analyzer Words { get; }

    public WordTerms Analyse(string word)
    {
        if (_cache.TryGetValue(word, out var terms))
        {
            return terms;
        }

        if (_cache.Count >= CacheLimit)
        {
            _cache.Clear();
        }

        terms = new WordTerms(First(Indonesian, word), First(English, word));
        _cache.TryAdd(word, terms);
        return terms;
    }

    public void Dispose()
    {
        Indonesian.Dispose();
        English.Dispose();
        Words.Dispose();
    }

    private static string? First(Analyzer analyzer, string word)
    {
        using var stream = analyzer.GetTokenStream("f", word);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var result = stream.IncrementToken() ? term.ToString() : null;
        stream.End();
        return result;
    }
}
