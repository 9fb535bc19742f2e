using Bot.Core.Profiles;

namespace Bot.Core.Tests.Profiles;

public sealed class KelurahanMatcherTests
{
    [Fact]
    public void List_HasThe46KelurahanOfKotaKediriWithUniqueNamesAndCodes()
    {
        Assert.Equal(46, KelurahanList.All.Count);
        Assert.Equal(46, KelurahanList.All.Select(k => k.Name).Distinct().Count());
        Assert.Equal(46, KelurahanList.All.Select(k => k.Code).Distinct().Count());
        Assert.All(KelurahanList.All, k => Assert.Matches(@"^35\.71\.0[123]\.\d{4}$", k.Code));
        Assert.Equal(["Kota", "Mojoroto", "Pesantren"], KelurahanList.All.Select(k => k.Kecamatan).Distinct().Order());
    }

    [Theory]
    [InlineData("Bandar Lor", "Bandar Lor")]
    [InlineData("bandar lor", "Bandar Lor")]
    [InlineData("BANDARLOR", "Bandar Lor")]
    [InlineData("Kel. Tinalan", "Tinalan")]
    [InlineData("kelurahan kampung-dalem", "Kampung Dalem")]
    [InlineData("  Setonogedong ", "Setonogedong")]
    public void Match_TheNameInAnyCaseOrSpacing_IsExact(string input, string expected)
    {
        var match = KelurahanMatcher.Match(input);

        Assert.Equal(expected, match.Exact?.Name);
        Assert.Empty(match.Candidates);
    }

    [Fact]
    public void Match_APrefix_OffersEveryKelurahanStartingWithIt()
    {
        var match = KelurahanMatcher.Match("Seto");

        Assert.Null(match.Exact);
        Assert.Equal(["Setonogedong", "Setonopande"], match.Candidates.Select(k => k.Name).Order());
    }

    [Theory]
    [InlineData("Tinalam", "Tinalan")]
    [InlineData("Pakundn", "Pakunden")]
    [InlineData("Balowerty", "Balowerti")]
    public void Match_ASmallTypo_OffersTheClosestKelurahanFirst(string input, string expected)
    {
        var match = KelurahanMatcher.Match(input);

        Assert.Null(match.Exact);
        Assert.Equal(expected, match.Candidates.FirstOrDefault()?.Name);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ab")]
    [InlineData("Menteng")]
    [InlineData("12345")]
    public void Match_NothingLikeAKelurahan_FindsNothing(string? input)
    {
        var match = KelurahanMatcher.Match(input);

        Assert.Null(match.Exact);
        Assert.Empty(match.Candidates);
    }
}
