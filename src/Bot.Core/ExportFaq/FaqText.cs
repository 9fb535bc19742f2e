namespace Bot.Core.ExportFaq;

/// <summary>One text in both languages of the bot. Nested in LiteDB documents, so no member is called Id.</summary>
public sealed record FaqText
{
    public string Indonesian { get; init; } = string.Empty;

    public string English { get; init; } = string.Empty;

    /// <summary>The text for a language code ("id" / "en"); anything but English gets Indonesian.</summary>
    public string For(string language) =>
        language == Localization.Languages.English && English.Length > 0 ? English : Indonesian;
}
