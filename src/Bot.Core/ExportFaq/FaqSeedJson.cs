namespace Bot.Core.ExportFaq;

// The shape of ExportFaq/Data/faq-seed.json. Kept apart from FaqEntry so the file format ("id"/"en" pairs,
// "version") can stay friendly to the people who edit it while the stored document stays stable.
internal sealed record FaqSeedJson(int SeedVersion, IReadOnlyList<FaqSeedJsonEntry> Entries);

internal sealed record FaqSeedJsonEntry(
    string Id,
    int Version,
    FaqSeedJsonLists Keywords,
    FaqSeedJsonLists Questions,
    FaqSeedJsonTexts Answer,
    IReadOnlyList<string>? Related);

internal sealed record FaqSeedJsonLists(IReadOnlyList<string>? Id, IReadOnlyList<string>? En);

internal sealed record FaqSeedJsonTexts(string Id, string En);
