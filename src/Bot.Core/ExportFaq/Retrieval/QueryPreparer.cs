namespace Bot.Core.ExportFaq.Retrieval;

/// <summary>
/// Turns a normalised question into weighted tokens: stop words and numbers out, typos corrected against the
/// knowledge base's words, each word analysed once as Indonesian and once as English.
/// </summary>
internal static class QueryPreparer
{
    // A chat message longer than this is not a question the index can answer better by reading all of it.
    private const int MaxTokens = 32;

    public static IReadOnlyList<QueryToken> Prepare(
        IReadOnlyList<string> words, FaqAnalyzers analyzers, CorpusStatistics statistics)
    {
        var tokens = new List<QueryToken>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in words)
        {
            if (tokens.Count == MaxTokens)
            {
                break;
            }

            if (raw.Length < 2 || raw.All(char.IsDigit) || QueryStopwords.Words.Contains(raw))
            {
                continue;
            }

            var word = IsKnown(raw, analyzers, statistics)
                ? raw
                : InformalForms(raw).FirstOrDefault(f => IsKnown(f, analyzers, statistics))
                  ?? statistics.Correct(raw);
            var terms = analyzers.Analyse(word);
            if (terms.IsStopWord || !seen.Add(terms.Id + " " + terms.En))
            {
                continue;
            }

            var weight = statistics.Weight(statistics.EntriesWith(terms))
                * (LightWords.Words.Contains(word) ? LightWords.Factor : 1);
            tokens.Add(new QueryToken(word, terms.Id!, terms.En!, weight));
        }

        return tokens;
    }

    // Spoken Jakarta/Javanese forms of standard affixes: "disiapin" is "disiapkan", "ngecek" is "cek",
    // "nyiapkan" is "menyiapkan". Only tried for words the knowledge base does not know as typed.
    private static IEnumerable<string> InformalForms(string word)
    {
        if (word.Length >= 6 && word.EndsWith("in", StringComparison.Ordinal))
        {
            yield return word[..^2] + "kan";
        }

        if (word.Length >= 6 && word.StartsWith("nge", StringComparison.Ordinal))
        {
            yield return word[3..];
        }

        if (word.Length >= 5 && (word.StartsWith("ng", StringComparison.Ordinal) || word.StartsWith("ny", StringComparison.Ordinal)))
        {
            yield return "me" + word;
        }
    }

    // Known means the knowledge base uses the word itself or another form of it ("mengekspor" for "ekspor").
    private static bool IsKnown(string word, FaqAnalyzers analyzers, CorpusStatistics statistics) =>
        statistics.KnowsWord(word) || statistics.EntriesWith(analyzers.Analyse(word)) > 0;
}
