namespace Bot.Core.Localization;

/// <summary>The texts of one language; what a flow step uses to speak to its user.</summary>
public readonly struct Localizer(TextCatalog catalog, string language)
{
    public string Language => language;

    public string this[string key] => catalog.Get(language, key);

    public string Format(string key, params object?[] args) => catalog.Format(language, key, args);
}
