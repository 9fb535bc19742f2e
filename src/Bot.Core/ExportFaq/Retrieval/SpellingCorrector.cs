namespace Bot.Core.ExportFaq.Retrieval;

/// <summary>
/// Fixes typos against the knowledge base's own words: a word the index does not know is replaced by the
/// known word within one edit (two for words of eight letters or more), preferring the more frequent word.
/// Short words are left alone: at four letters one edit turns too many words into others.
/// </summary>
internal static class SpellingCorrector
{
    public const int MinLength = 5;

    public static string Correct(string word, CorpusStatistics statistics)
    {
        if (word.Length < MinLength || word.Any(char.IsDigit))
        {
            return word;
        }

        var allowed = word.Length >= 8 ? 2 : 1;
        string? best = null;
        var bestDistance = allowed + 1;
        var bestFreq = 0;
        for (var length = word.Length - allowed; length <= word.Length + allowed; length++)
        {
            foreach (var candidate in statistics.WordsOfLength(length))
            {
                var distance = Distance(word, candidate, bestDistance);
                var freq = statistics.WordFrequency(candidate);
                if (distance < bestDistance || (distance == bestDistance && distance <= allowed && freq > bestFreq))
                {
                    (best, bestDistance, bestFreq) = (candidate, distance, freq);
                }
            }
        }

        return best is not null && bestDistance <= allowed ? best : word;
    }

    // Optimal string alignment distance (an adjacent swap counts as one edit), abandoned once every cell of a
    // row exceeds the limit. Three rows live in one stack buffer: this runs for every candidate word.
    internal static int Distance(string a, string b, int limit)
    {
        var width = b.Length + 1;
        Span<int> rows = width <= 64 ? stackalloc int[3 * width] : new int[3 * width];
        int before = 0, previous = width, current = 2 * width;
        for (var j = 0; j < width; j++)
        {
            rows[previous + j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            rows[current] = i;
            var rowMin = i;
            for (var j = 1; j < width; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(rows[current + j - 1] + 1, rows[previous + j] + 1), rows[previous + j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, rows[before + j - 2] + 1);
                }

                rows[current + j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            (before, previous, current) = (previous, current, before);
        }

        return rows[previous + b.Length];
    }
}
