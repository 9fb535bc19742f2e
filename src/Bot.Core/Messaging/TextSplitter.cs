namespace Bot.Core.Messaging;

/// <summary>Splits long texts for platforms with a message size cap, preferring line breaks, then spaces.</summary>
public static class TextSplitter
{
    public static IReadOnlyList<string> Split(string text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        if (text.Length <= maxLength)
        {
            return [text];
        }

        var parts = new List<string>();
        var rest = text.AsSpan();
        while (rest.Length > maxLength)
        {
            var window = rest[..maxLength];
            var cut = window.LastIndexOf('\n');
            if (cut < maxLength / 2)
            {
                var space = window.LastIndexOf(' ');
                cut = space >= maxLength / 2 ? space : cut;
            }

            if (cut <= 0)
            {
                cut = maxLength;
                // Never split a surrogate pair (emoji) in two.
                if (char.IsHighSurrogate(rest[cut - 1]))
                {
                    cut--;
                }
            }

            parts.Add(rest[..cut].TrimEnd().ToString());
            rest = rest[cut..].TrimStart('\n');
        }

        if (rest.Length > 0)
        {
            parts.Add(rest.ToString());
        }

        return parts;
    }
}
