using System.Collections.Concurrent;
using Bot.Core.ExportFaq;

namespace Bot.Core.Tests.ExportFaq;

public sealed class FaqIndexTests
{
    private static readonly FaqEntry Exhibition = new()
    {
        Id = "jadwal-pameran",
        EditedByAdmin = true,
        Keywords = new FaqPhrases { Indonesian = ["pameran", "bazar"], English = ["exhibition", "fair"] },
        Questions = new FaqPhrases
        {
            Indonesian = ["kapan ada bazar umkm di gor jayabaya", "jadwal bazar jayabaya"],
            English = ["when is the next bazaar at gor jayabaya"],
        },
        Answer = new FaqText { Indonesian = "Bazar UMKM di GOR Jayabaya tiap akhir bulan.", English = "Monthly." },
        Related = ["finding-buyers"],
    };

    [Fact]
    public void Search_FindsTheSeedEntryForAPlainQuestion()
    {
        var hit = FaqTestData.SeedIndex.Search("cara daftar sertifikat halal gratis").First();

        Assert.Equal("halal", hit.TopicId);
        Assert.InRange(hit.Coverage, 0.5, 1);
    }

    [Fact]
    public void Upsert_ANewEntry_IsFoundAtOnceWithoutRebuilding()
    {
        using var index = new FaqIndex(FaqTestData.Seed.Entries);
        Assert.NotEqual("jadwal-pameran", index.Search("bazar di gor jayabaya kapan").FirstOrDefault()?.TopicId);

        index.Upsert(Exhibition);

        Assert.Equal("jadwal-pameran", index.Search("bazar di gor jayabaya kapan").First().TopicId);
        Assert.Equal(31, index.Count);
    }

    [Fact]
    public void Upsert_AnEditedEntry_ReplacesItsOldText()
    {
        using var index = new FaqIndex(FaqTestData.Seed.Entries);
        var halal = index.Find("halal")! with
        {
            EditedByAdmin = true,
            Questions = new FaqPhrases { Indonesian = ["sertifikat kesucian produk zebra"] },
            Keywords = new FaqPhrases(),
        };

        index.Upsert(halal);

        Assert.Equal("halal", index.Search("kesucian zebra").First().TopicId);
        Assert.Equal(30, index.Count);
        Assert.Equal(["sertifikat kesucian produk zebra"], index.Find("halal")!.Questions.Indonesian);
    }

    [Fact]
    public void Remove_TakesTheEntryOutOfResultsAtOnce()
    {
        using var index = new FaqIndex(FaqTestData.Seed.Entries);

        Assert.True(index.Remove("halal"));

        Assert.DoesNotContain(index.Search("sertifikat halal gratis sehati"), h => h.TopicId == "halal");
        Assert.Null(index.Find("halal"));
        Assert.False(index.Remove("halal"));
    }

    [Fact]
    public void Upsert_ARemovedTombstone_RemovesTheEntry()
    {
        using var index = new FaqIndex(FaqTestData.Seed.Entries);

        index.Upsert(index.Find("bpom")! with { Removed = true, EditedByAdmin = true });

        Assert.Null(index.Find("bpom"));
    }

    [Fact]
    public void Rebuild_ReplacesEverythingAndSkipsTombstones()
    {
        using var index = new FaqIndex(FaqTestData.Seed.Entries);

        index.Rebuild([Exhibition, FaqTestData.Seed.Entries[0] with { Removed = true }]);

        Assert.Equal(["jadwal-pameran"], index.Entries.Select(e => e.Id));
        Assert.Empty(index.Search("cara bikin nib"));
    }

    [Fact]
    public void Search_AnEmptyIndexOrEmptyQuestion_FindsNothing()
    {
        using var empty = new FaqIndex();

        Assert.Empty(empty.Search("cara ekspor kopi"));
        Assert.Empty(FaqTestData.SeedIndex.Search("  🙏 "));
    }

    [Fact]
    public async Task Search_WhileAdminsEdit_NeverFailsAndAlwaysSeesAWholeIndex()
    {
        using var index = new FaqIndex(FaqTestData.Seed.Entries);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        var failures = new ConcurrentBag<string>();
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var hits = index.Search("kode hs untuk kain tenun");
                var garbled = hits.Any(h => !FaqTestData.TopicIds.Contains(h.TopicId) && !h.TopicId.StartsWith("extra-", StringComparison.Ordinal));
                if (hits.Count == 0 || hits[0].TopicId != "hs-code" || garbled)
                {
                    failures.Add(string.Join(", ", hits.Select(h => h.TopicId)));
                }
            }
        }));
        var writer = Task.Run(() =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                index.Upsert(Exhibition with { Id = $"extra-{i % 20}" });
                index.Remove($"extra-{(i + 10) % 20}");
            }
        });

        await Task.WhenAll([.. readers, writer]);

        Assert.Empty(failures);
    }

    [Fact]
    public void Dispose_ThenUse_ThrowsObjectDisposed()
    {
        var index = new FaqIndex(FaqTestData.Seed.Entries);
        index.Dispose();
        index.Dispose();

        Assert.Throws<ObjectDisposedException>(() => index.Search("halal"));
        Assert.Throws<ObjectDisposedException>(() => index.Upsert(Exhibition));
    }
}
