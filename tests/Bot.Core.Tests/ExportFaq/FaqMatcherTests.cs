using Bot.Core.ExportFaq;

namespace Bot.Core.Tests.ExportFaq;

public sealed class FaqMatcherTests
{
    private readonly FaqMatcher _matcher = new(FaqTestData.SeedIndex);

    [Fact]
    public void Match_AClearQuestion_AnswersWithRelatedTopics()
    {
        var match = _matcher.Match("gmn cara ngurus sertifikat halal gratis?");

        Assert.True(match.Answered);
        Assert.Equal(FaqRoute.Faq, match.Route);
        Assert.Equal("halal", match.TopicId);
        Assert.InRange(match.Confidence, _matcher.Threshold, 1);
        Assert.Equal(FaqTestData.Seed.Entries.Single(e => e.Id == "halal").Related, match.Related);
    }

    [Fact]
    public void Match_ATypo_StillFindsTheTopic()
    {
        Assert.Equal("bpom", _matcher.Match("helth certifcate bpom utk ekspor").TopicId);
        Assert.Equal("wood-crafts-svlk", _matcher.Match("dokumen legalitass kayu buat ekspor kerajinan").TopicId);
    }

    [Fact]
    public void Match_SignUpAndCuration_RouteToTheirFlows()
    {
        var training = _matcher.Match("saya mau daftar pelatihan ekspor");
        var curation = _matcher.Match("kirim foto produk untuk dikurasi");

        Assert.Equal((FaqRoute.Training, (string?)null, false), (training.Route, training.TopicId, training.Answered));
        Assert.Equal((FaqRoute.Curation, (string?)null, false), (curation.Route, curation.TopicId, curation.Answered));
    }

    [Theory]
    [InlineData("cuaca kediri besok")]
    [InlineData("siapa juara liga champions")]
    [InlineData("what is the meaning of life")]
    public void Match_OutOfScope_IsNotAnswered(string question)
    {
        var match = _matcher.Match(question);

        Assert.False(match.Answered);
        Assert.Equal(FaqRoute.None, match.Route);
        Assert.Null(match.TopicId);
        Assert.Empty(match.Related);
    }

    [Fact]
    public void Match_OutOfScopeByRule_IsFlaggedApartFromNotConfident()
    {
        var weather = _matcher.Match("cuaca kediri besok gimana");
        var unsure = new FaqMatcher(FaqTestData.SeedIndex, threshold: 1).Match("cara daftar sertifikat halal");

        Assert.True(weather.OutOfScope);
        Assert.Contains("weather", weather.Reason, StringComparison.Ordinal);
        Assert.False(unsure.OutOfScope);
        Assert.Equal(FaqRoute.None, unsure.Route);
    }

    [Theory]
    [InlineData("how do I get a halal certificate for my snacks", "en")]
    [InlineData("gimana cara dapat certificate of origin", "id")]
    [InlineData("brp biaya daftar merek", "id")]
    [InlineData("FOB CIF", null)]
    public void Match_ReportsTheLanguageTheQuestionIsWrittenIn(string question, string? language)
    {
        Assert.Equal(language, _matcher.Match(question).Language);
    }

    [Fact]
    public void Match_BelowTheThreshold_IsNotAnsweredButKeepsTheNearestTopic()
    {
        var strict = new FaqMatcher(FaqTestData.SeedIndex, threshold: 1);

        var match = strict.Match("kode hs buat sambel pecel");

        Assert.False(match.Answered);
        Assert.Equal("hs-code", match.NearestTopicId);
        Assert.InRange(match.Confidence, 0, 0.999);
    }

    [Fact]
    public void Match_Related_SkipsTopicsNoLongerInTheIndex()
    {
        using var index = new FaqIndex(FaqTestData.Seed.Entries);
        index.Remove("bpom");

        var match = new FaqMatcher(index).Match("cara ngurus sertifikat halal gratis");

        Assert.Equal("halal", match.TopicId);
        Assert.DoesNotContain("bpom", match.Related);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    public void Constructor_AThresholdOutsideZeroToOne_IsRejected(double threshold)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FaqMatcher(FaqTestData.SeedIndex, threshold));
    }
}
