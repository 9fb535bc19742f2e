using Bot.Core.ExportFaq;
using LiteDB;

namespace Bot.Core.Tests.ExportFaq;

public sealed class FaqEntryStorageTests
{
    [Fact]
    public void SeedEntries_RoundTripThroughLiteDbKeyedByTopicId()
    {
        var path = Path.Combine(Path.GetTempPath(), $"faq-{Guid.NewGuid():N}.db");
        try
        {
            var seed = FaqTestData.Seed.Entries;
            using (var db = new LiteDatabase(path))
            {
                db.GetCollection<FaqEntry>("faq").Upsert(seed);
            }

            using (var db = new LiteDatabase(path))
            {
                var faq = db.GetCollection<FaqEntry>("faq");
                var halal = faq.FindById("halal");
                var expected = seed.Single(e => e.Id == "halal");

                Assert.Equal(30, faq.Count());
                Assert.Equal(expected.Answer, halal.Answer);
                Assert.Equal(expected.Questions.Indonesian, halal.Questions.Indonesian);
                Assert.Equal(expected.Keywords.English, halal.Keywords.English);
                Assert.Equal(expected.Related, halal.Related);
                Assert.Equal(expected.SeedVersion, halal.SeedVersion);
                Assert.False(halal.EditedByAdmin);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
