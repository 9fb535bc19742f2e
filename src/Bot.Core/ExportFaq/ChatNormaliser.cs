using System.Globalization;
using System.Text;

namespace Bot.Core.ExportFaq;

/// <summary>
/// Turns chat text into plain words: lower case, no punctuation or emoji, stretched letters collapsed
/// ("bangettt"), "barang2" doubled, and chat spellings replaced from <see cref="ChatAbbreviations"/>.
/// Questions and knowledge-base texts go through the same steps, so both sides meet on the same words.
/// </summary>
public static class ChatNormaliser
{
    public static string Normalise(string? text) => string.Join(' ', Tokens(text));

    public static IReadOnlyList<string> Tokens(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var raw = RawTokens(text);
        var result = new List<string>(raw.Count);
        for (var i = 0; i < raw.Count; i++)
        {
            if (i + 1 < raw.Count && ChatAbbreviations.Phrases.TryGetValue(raw[i] + " " + raw[i + 1], out var phrase))
            {
                AddWords(result, phrase);
                i++;
            }
            else
            {
                AddWords(result, ChatAbbreviations.Words.TryGetValue(raw[i], out var word) ? word : raw[i]);
            }
        }

        return result;
    }

    private static void AddWords(List<string> result, string words)
    {
        if (words.Length > 0)
        {
            result.AddRange(words.Split(' '));
        }
    }

    // Letters and digits make words; everything else separates them, except that "L/C", "T/T", "B/L" stay one
    // word ("lc") and a letter-digit boundary splits ("25kg" -> "25 kg").
    private static List<string> RawTokens(string text)
    {
        var plain = StripMarks(text.ToLowerInvariant());
        var tokens = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < plain.Length; i++)
        {
            var c = plain[i];
            if (char.IsLetterOrDigit(c))
            {
                if (current.Length > 0 && char.IsDigit(c) != char.IsDigit(current[^1]) && !IsDoubling(plain, i))
                {
                    Flush(tokens, current);
                }

                current.Append(c);
            }
            else if (c == '/' && current.Length == 1 && char.IsLetter(current[0]) && IsSingleLetterAfter(plain, i))
            {
                continue;
            }
            else
            {
                Flush(tokens, current);
            }
        }

        Flush(tokens, current);
        return tokens;
    }

    // "barang2" means "barang barang": a trailing 2 after a word is doubling, not a number.
    private static bool IsDoubling(string text, int i) =>
        text[i] == '2' && i >= 2 && char.IsLetter(text[i - 1]) && char.IsLetter(text[i - 2])
        && (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1]));

    private static bool IsSingleLetterAfter(string text, int slash) =>
        slash + 1 < text.Length && char.IsLetter(text[slash + 1])
        && (slash + 2 == text.Length || !char.IsLetterOrDigit(text[slash + 2]));

    private static void Flush(List<string> tokens, StringBuilder current)
    {
        if (current.Length == 0)
        {
            return;
        }

        var word = Collapse(current.ToString());
        current.Clear();
        if (word.Length > 2 && word[^1] == '2' && char.IsLetter(word[^2]))
        {
            var stem = word[..^1];
            tokens.Add(stem);
            tokens.Add(stem);
            return;
        }

        tokens.Add(word);
    }

    // Three or more of the same letter are chat stretching ("mauuu", "bangettt"); two can be real ("maaf").
    private static string Collapse(string word)
    {
        if (!HasRunOfThree(word))
        {
            return word;
        }

        var sb = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var run = 1;
            while (i + run < word.Length && word[i + run] == c)
            {
                run++;
            }

            sb.Append(c, char.IsLetter(c) && run >= 3 ? 1 : run);
            i += run - 1;
        }

        return sb.ToString();
    }

    private static bool HasRunOfThree(string word)
    {
        for (var i = 2; i < word.Length; i++)
        {
            if (word[i] == word[i - 1] && word[i] == word[i - 2] && char.IsLetter(word[i]))
            {
                return true;
            }
        }

        return false;
    }

    // Accents off ("café" is "cafe"); plain ASCII, the usual case, needs no work.
    private static string StripMarks(string text)
    {
        if (System.Text.Ascii.IsValid(text))
        {
            return text;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
