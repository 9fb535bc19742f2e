namespace Bot.Core.Profiles;

/// <summary>
/// Finds a kelurahan from what a seller types: exact names ignoring case, spaces and hyphens; otherwise
/// unique prefixes and small typos become candidates for the seller to confirm.
/// </summary>
public static class KelurahanMatcher
{
    public static KelurahanMatch Match(string? input)
    {
        var key = Normalise(input);
        if (key.Length < 3)
        {
            return new KelurahanMatch(null, []);
        }

        var exact = KelurahanList.All.FirstOrDefault(k => Normalise(k.Name) == key);
        if (exact is not null)
        {
            return new KelurahanMatch(exact, []);
        }

        var prefixed = KelurahanList.All.Where(k => Normalise(k.Name).StartsWith(key, StringComparison.Ordinal)).ToList();
        if (prefixed.Count > 0)
        {
            return new KelurahanMatch(null, prefixed);
        }

        var allowed = key.Length >= 7 ? 2 : 1;
        var close = KelurahanList.All
            .Select(k => (Kelurahan: k, Distance: Distance(Normalise(k.Name), key)))
            .Where(x => x.Distance <= allowed)
            .OrderBy(x => x.Distance)
            .Select(x => x.Kelurahan)
            .ToList();
        return new KelurahanMatch(null, close);
    }

    public static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var lower = text.Trim().ToLowerInvariant();
        foreach (var prefix in new[] { "kelurahan ", "kel. ", "kel ", "desa " })
        {
            if (lower.StartsWith(prefix, StringComparison.Ordinal))
            {
                lower = lower[prefix.Length..];
                break;
            }
        }

        return new string([.. lower.Where(char.IsLetter)]);
    }

    // Levenshtein distance on short names; a two-row table is plenty for 46 names.
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
