using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace Bot.Core.Localization;

/// <summary>
/// All user-facing texts, loaded once from the embedded <c>texts.{language}.json</c> files. Each feature keeps its
/// own pair (e.g. <c>Training/texts.id.json</c>); a key defined twice is a start-up error, not a silent override.
/// </summary>
public sealed class TextCatalog
{
    // Cached: CultureInfo.GetCultureInfo takes a lock on every call, and every reply formats text.
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _byLanguage;

    public TextCatalog()
    {
        _byLanguage = Languages.All.ToFrozenDictionary(lang => lang, Load);
    }

    public Localizer For(string language) =>
        new(this, _byLanguage.ContainsKey(language) ? language : Languages.Default);

    public IReadOnlyCollection<string> Keys(string language) => _byLanguage[language].Keys;

    internal string Get(string language, string key)
    {
        if (_byLanguage[language].TryGetValue(key, out var text))
        {
            return text;
        }

        // A missing translation falls back to Indonesian rather than failing the user's step.
        return _byLanguage[Languages.Default].TryGetValue(key, out var fallback)
            ? fallback
            : throw new KeyNotFoundException($"No text for key '{key}'.");
    }

    internal string Format(string language, string key, object?[] args) =>
        string.Format(language == Languages.English ? English : Indonesian, Get(language, key), args);

    private static FrozenDictionary<string, string> Load(string language)
    {
        var assembly = typeof(TextCatalog).Assembly;
        var suffix = $"texts.{language}.json";
        var names = assembly.GetManifestResourceNames().Where(n => n.EndsWith(suffix, StringComparison.Ordinal)).ToList();
        if (names.Count == 0)
        {
            throw new InvalidOperationException($"No embedded {suffix} resource.");
        }

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var part = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
                ?? throw new InvalidOperationException($"{name} is empty.");
            foreach (var (key, text) in part)
            {
                if (!texts.TryAdd(key, text))
                {
                    throw new InvalidOperationException($"Text key '{key}' is defined twice ({name}).");
                }
            }
        }

        return texts.ToFrozenDictionary();
    }
}
