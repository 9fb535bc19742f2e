using System.Text.RegularExpressions;
using Bot.Core.ExportFaq;

namespace Bot.Core.Tests.ExportFaq;

public sealed class FaqSeedTests
{
    private static FaqSeed Seed => FaqTestData.Seed;

    [Fact]
    public void Load_HasExactlyOneEntryPerTopicIdOfTheFactSheet()
    {
        Assert.Equal(FaqTestData.TopicIds.Order(), Seed.Entries.Select(e => e.Id).Order());
        Assert.True(Seed.Version >= 1);
        Assert.All(Seed.Entries, e => Assert.True(e.SeedVersion >= 1, e.Id));
        Assert.All(Seed.Entries, e => Assert.False(e.EditedByAdmin || e.Removed, e.Id));
    }

    [Fact]
    public void EveryEntry_HasAtLeastSixQuestionVariantsInBothLanguagesAndKeywords()
    {
        Assert.All(Seed.Entries, e =>
        {
            Assert.True(e.Questions.All.Count() >= 6, $"{e.Id}: {e.Questions.All.Count()} variants");
            Assert.True(e.Questions.Indonesian.Count >= 4, $"{e.Id}: formal and chat Indonesian");
            Assert.True(e.Questions.English.Count >= 2, $"{e.Id}: English");
            Assert.NotEmpty(e.Keywords.Indonesian);
            Assert.NotEmpty(e.Keywords.English);
            Assert.Equal(e.Questions.All.Count(), e.Questions.All.Select(ChatNormaliser.Normalise).Distinct().Count());
        });
    }

    [Fact]
    public void EveryAnswer_FitsAPhoneInBothLanguages()
    {
        Assert.All(Seed.Entries, e =>
        {
            foreach (var text in new[] { e.Answer.Indonesian, e.Answer.English })
            {
                Assert.InRange(text.Length, 200, 1100);
                Assert.DoesNotContain("**", text, StringComparison.Ordinal);
                Assert.DoesNotContain("##", text, StringComparison.Ordinal);
                Assert.DoesNotMatch(@"(?m)^\s*\|", text);
            }
        });
    }

    [Fact]
    public void EveryAnswer_NamesWhereToGetHelpOrCheck()
    {
        string[] places = ["Disperdagin", "PPEJP", "Kadin", "Rumah Kurasi", "BI Kediri", "Loka POM", "bot", "bank",
                           ".go.id", "Bea Cukai", "buyer", "pembeli", "forwarder", "Shopee"];
        Assert.All(Seed.Entries, e =>
        {
            Assert.Contains(places, p => e.Answer.Indonesian.Contains(p, StringComparison.OrdinalIgnoreCase));
            Assert.Contains(places, p => e.Answer.English.Contains(p, StringComparison.OrdinalIgnoreCase));
        });
    }

    [Fact]
    public void EveryEntry_RelatesToTwoOrThreeOtherExistingTopics()
    {
        Assert.All(Seed.Entries, e =>
        {
            Assert.InRange(e.Related.Count, 2, 3);
            Assert.DoesNotContain(e.Id, e.Related);
            Assert.All(e.Related, r => Assert.Contains(r, FaqTestData.TopicIds));
        });
    }

    // Facts the sheet marks (unconfirmed) must come with "check with …", in both languages, and must not be
    // stated outright.
    [Theory]
    [InlineData("hs-code", @"\b(6109|bab 52|chapter 52|bab 19|chapter 19)\b")]
    [InlineData("coo-ska", @"IPSKA (Kota )?Kediri\b")]
    [InlineData("halal", @"(diakui|recognised|recognized) (di|in|by) Malaysia")]
    [InlineData("coffee-export", @"(?<!apakah )ETK (masih|tetap) wajib|ETK is still required\.")]
    [InlineData("wood-crafts-svlk", @"suvenir kayu kecil (wajib|tidak wajib)|souvenirs are (not )?in scope\.")]
    [InlineData("export-financing-lpei", @"KURBE (masih|masih berjalan|tersedia)|KURBE (still runs|is available)")]
    [InlineData("export-center-surabaya", @"\d{3,}[\s-]?\d{3,}")]
    [InlineData("export-consultation-ppejp", @"\bPPEI\b")]
    [InlineData("export-workshop-disperdagin", @"\bRp\b|\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus)")]
    [InlineData("finding-buyers", @"Inaexport")]
    [InlineData("marketplace-cross-border", @"Amazon (tidak|mengizinkan|allows|does not)")]
    [InlineData("trademark", @"tarif (terbaru|saat ini) (adalah|Rp)")]
    [InlineData("exchange-rate-risk", @"kopi (termasuk|tidak termasuk) DHE")]
    public void UnconfirmedFacts_AreAdvisedToBeCheckedNotStated(string topicId, string statedAsFact)
    {
        var entry = Assert.Single(Seed.Entries, e => e.Id == topicId);

        Assert.Matches(@"(?i)(\bcek\b|tanyakan|sebaiknya minta|bisa sudah berubah)", entry.Answer.Indonesian);
        Assert.Matches(@"(?i)(\bcheck\b|please ask|ask (your|the)|may have changed)", entry.Answer.English);
        Assert.DoesNotMatch("(?i)" + statedAsFact, entry.Answer.Indonesian);
        Assert.DoesNotMatch("(?i)" + statedAsFact, entry.Answer.English);
    }

    [Fact]
    public void AnswersQuotingMoney_SayWhereToCheck()
    {
        var numbered = Seed.Entries.Where(e => Regex.IsMatch(e.Answer.Indonesian, @"Rp\s?\d|USD\s?\d"));
        Assert.NotEmpty(numbered);
        Assert.All(numbered, e => Assert.Matches(@"(?i)(\bcek\b|tanyakan)", e.Answer.Indonesian));
        Assert.All(numbered, e => Assert.Matches(@"(?i)(\bcheck\b|ask)", e.Answer.English));
    }
}
