namespace Bot.Core.ExportFaq.Routing;

/// <summary>A normalised message prepared for word-list lookups: its words, their roots, and its phrases.</summary>
internal sealed class MessageWords
{
    private static readonly string[] Suffixes = ["nya", "lah", "kah"];

    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly string _padded;

    public MessageWords(IReadOnlyList<string> tokens)
    {
        foreach (var token in tokens)
        {
            _words.Add(token);
            _words.Add(Root(token));
        }

        _padded = " " + string.Join(' ', tokens) + " ";
    }

    /// <summary>The first item of the list found in the message (a word, or a phrase when it has a space).</summary>
    public string? FirstOf(IReadOnlyList<string> items)
    {
        foreach (var item in items)
        {
            var found = item.Contains(' ')
                ? _padded.Contains(" " + item + " ", StringComparison.Ordinal)
                : _words.Contains(item);
            if (found)
            {
                return item;
            }
        }

        return null;
    }

    public bool HasAny(IReadOnlyList<string> items) => FirstOf(items) is not null;

    /// <summary>The first item some word of the message begins with ("kurasi" for "kurasikan").</summary>
    public string? FirstPrefixOf(IReadOnlyList<string> items) =>
        items.FirstOrDefault(item => _words.Any(word => word.StartsWith(item, StringComparison.Ordinal)));

    // "resepnya" is "resep": the enclitic and question particles do not change what a word is about.
    private static string Root(string word)
    {
        foreach (var suffix in Suffixes)
        {
            if (word.Length >= suffix.Length + 3 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }
}
