using System.Text.RegularExpressions;
using Bot.Core.Localization;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Localization;

public sealed partial class TextCatalogTests
{
    [Fact]
    public void TextFiles_BothLanguages_HaveExactlyTheSameKeys()
    {
        var id = Load("id");
        var en = Load("en");

        Assert.Empty(id.Keys.Except(en.Keys));
        Assert.Empty(en.Keys.Except(id.Keys));
    }

    [Fact]
    public void TextFiles_EveryKey_UsesTheSamePlaceholdersInBothLanguages()
    {
        var id = Load("id");
        var en = Load("en");

        var mismatched = id.Keys.Intersect(en.Keys)
            .Where(key => !Placeholders(id[key]).SetEquals(Placeholders(en[key])))
            .Select(key => $"{key}: id {{{string.Join(",", Placeholders(id[key]))}}} en {{{string.Join(",", Placeholders(en[key]))}}}")
            .ToList();

        Assert.Empty(mismatched);
    }

    [Fact]
    public void TextFiles_EveryText_FormatsWithItsPlaceholders()
    {
        foreach (var language in Languages.All)
        {
            var t = Texts.Catalog.For(language);
            foreach (var (key, text) in Load(language))
            {
                var count = Placeholders(text).Select(n => n + 1).DefaultIfEmpty(0).Max();
                var formatted = t.Format(key, [.. Enumerable.Range(0, count).Select(i => (object)("#" + i))]);
                Assert.DoesNotContain("{", formatted.Replace("{{", string.Empty, StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void Catalog_AnUnknownLanguage_FallsBackToIndonesian()
    {
        Assert.Equal(Texts.Id["welcome"], Texts.Catalog.For("fr")["welcome"]);
        Assert.Equal(Languages.Indonesian, Texts.Catalog.For("fr").Language);
    }

    [Fact]
    public void Catalog_AnUnknownKey_Throws()
    {
        Assert.Throws<KeyNotFoundException>(() => Texts.Id["no.such.key"]);
    }

    [Theory]
    [InlineData("en", "en")]
    [InlineData("en-US", "en")]
    [InlineData("EN-gb", "en")]
    [InlineData("id", "id")]
    [InlineData("ms", "id")]
    [InlineData("jv", "id")]
    [InlineData(null, "id")]
    public void FromLanguageCode_EnglishOnlyForEnglishApps(string? code, string expected)
    {
        Assert.Equal(expected, Languages.FromLanguageCode(code));
    }

    [Fact]
    public void TextFiles_EveryFeatureFile_HasItsOtherLanguage()
    {
        var names = typeof(TextCatalog).Assembly.GetManifestResourceNames().Where(n => n.Contains("texts.", StringComparison.Ordinal)).ToList();

        Assert.Contains(names, n => n.EndsWith("texts.id.json", StringComparison.Ordinal));
        foreach (var name in names)
        {
            var other = name.EndsWith("texts.id.json", StringComparison.Ordinal)
                ? name.Replace("texts.id.json", "texts.en.json", StringComparison.Ordinal)
                : name.Replace("texts.en.json", "texts.id.json", StringComparison.Ordinal);
            Assert.Contains(other, names);
        }
    }

    // Through the catalog, so every feature's text file is checked.
    private static Dictionary<string, string> Load(string language)
    {
        var t = Texts.Catalog.For(language);
        return Texts.Catalog.Keys(language).ToDictionary(key => key, key => t[key]);
    }

    private static HashSet<int> Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];

    [GeneratedRegex(@"(?<!\{)\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();
}
