using Bot.Core.Localization;

namespace Bot.Core.Tests.Support;

/// <summary>The real texts, for building what the tests expect to see.</summary>
public static class Texts
{
    public static TextCatalog Catalog { get; } = new();

    public static Localizer Id => Catalog.For(Languages.Indonesian);

    public static Localizer En => Catalog.For(Languages.English);
}
