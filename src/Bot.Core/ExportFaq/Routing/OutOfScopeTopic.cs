namespace Bot.Core.ExportFaq.Routing;

/// <summary>A family of questions the bot must not answer from the FAQ.</summary>
/// <param name="Name">Shown in the match reason, e.g. "weather".</param>
/// <param name="Words">Single normalised words (matched with -nya/-lah/-kah stripped).</param>
/// <param name="Phrases">Normalised multi-word phrases.</param>
/// <param name="YieldsToExportWords">
/// True when an export word in the same message wins ("cuaca" in a question about shipping coffee); false for
/// topics that stay out of scope whatever else is said (politics, jokes, officials' numbers).
/// </param>
/// <param name="RequiresAlso">When not empty, one of these must appear too ("nomor hp" and "wali kota").</param>
public sealed record OutOfScopeTopic(
    string Name,
    IReadOnlyList<string> Words,
    IReadOnlyList<string> Phrases,
    bool YieldsToExportWords,
    IReadOnlyList<string>? RequiresAlso = null);
