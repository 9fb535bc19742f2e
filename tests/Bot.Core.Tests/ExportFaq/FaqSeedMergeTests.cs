using Bot.Core.ExportFaq;

namespace Bot.Core.Tests.ExportFaq;

public sealed class FaqSeedMergeTests
{
    private static readonly FaqSeed Seed = FaqSeed.Parse("""
        { "seedVersion": 2, "entries": [
          { "id": "halal", "version": 2, "keywords": { "id": ["halal"], "en": ["halal"] },
            "questions": { "id": ["cara halal"], "en": ["how halal"] },
            "answer": { "id": "jawaban baru", "en": "new answer" }, "related": ["bpom"] },
          { "id": "bpom", "version": 1, "keywords": { "id": ["bpom"], "en": ["bpom"] },
            "questions": { "id": ["izin bpom"], "en": ["bpom permit"] },
            "answer": { "id": "bpom", "en": "bpom" }, "related": [] }
        ] }
        """);

    [Fact]
    public void Merge_AnEmptyDatabase_AddsEverySeedEntry()
    {
        var upserts = FaqSeedMerge.Merge([], Seed);

        Assert.Equal(["bpom", "halal"], upserts.Select(e => e.Id).Order());
    }

    [Fact]
    public void Merge_AnOlderUneditedEntry_IsUpdatedToTheNewSeedVersion()
    {
        var stored = Entry("halal", seedVersion: 1) with { Answer = new FaqText { Indonesian = "lama", English = "old" } };

        var upsert = Assert.Single(FaqSeedMerge.Merge([stored, Entry("bpom", 1)], Seed));

        Assert.Equal("halal", upsert.Id);
        Assert.Equal(2, upsert.SeedVersion);
        Assert.Equal("jawaban baru", upsert.Answer.Indonesian);
    }

    [Fact]
    public void Merge_AnEntryAnAdminEdited_IsNeverOverwritten()
    {
        var edited = Entry("halal", seedVersion: 1) with { EditedByAdmin = true };

        Assert.Empty(FaqSeedMerge.Merge([edited, Entry("bpom", 1)], Seed));
    }

    [Fact]
    public void Merge_AnEntryAnAdminRemoved_IsNotBroughtBack()
    {
        var tombstone = Entry("bpom", seedVersion: 1) with { Removed = true };

        Assert.DoesNotContain(FaqSeedMerge.Merge([tombstone, Entry("halal", 2)], Seed), e => e.Id == "bpom");
    }

    [Fact]
    public void Merge_SameOrNewerStoredVersions_AreLeftAlone()
    {
        Assert.Empty(FaqSeedMerge.Merge([Entry("halal", 3), Entry("bpom", 1)], Seed));
    }

    [Fact]
    public void Merge_AdminCreatedEntries_AreNotTouched()
    {
        var own = Entry("jadwal-pameran", seedVersion: 0) with { EditedByAdmin = true };

        var upserts = FaqSeedMerge.Merge([own], Seed);

        Assert.DoesNotContain(upserts, e => e.Id == own.Id);
        Assert.Equal(2, upserts.Count);
    }

    [Fact]
    public void Parse_ADuplicateTopicId_IsRejected()
    {
        var json = """{ "seedVersion": 1, "entries": [ E, E ] }""".Replace("E", """
            { "id": "x", "version": 1, "keywords": {}, "questions": {}, "answer": { "id": "a", "en": "a" } }
            """, StringComparison.Ordinal);

        Assert.Throws<InvalidOperationException>(() => FaqSeed.Parse(json));
    }

    private static FaqEntry Entry(string id, int seedVersion) => new() { Id = id, SeedVersion = seedVersion };
}
