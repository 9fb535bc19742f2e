using Bot.Core.Localization;

namespace Bot.Core.Tests.Localization;

public sealed class WibTests
{
    [Theory]
    [InlineData("id", "Rab, 9 Des 2026 09.00 WIB")]
    [InlineData("en", "Wed, 9 Dec 2026 09:00 WIB")]
    public void Format_AUtcTime_IsShownInWib(string language, string expected)
    {
        var utc = new DateTime(2026, 12, 9, 2, 0, 0, DateTimeKind.Utc);

        Assert.Equal(expected, Wib.Format(utc, language));
    }

    [Fact]
    public void Format_LateEveningUtc_IsTheNextDayInWib()
    {
        var utc = new DateTime(2026, 12, 24, 17, 30, 0, DateTimeKind.Utc);

        Assert.Equal("Jum, 25 Des 2026 00.30 WIB", Wib.Format(utc, "id"));
        Assert.Equal("00.30", Wib.FormatTime(utc, "id"));
        Assert.Equal("00:30", Wib.FormatTime(utc, "en"));
    }

    [Theory]
    [InlineData("25/12/2026 09:00")]
    [InlineData("25-12-2026 9.00")]
    [InlineData("25.12.26 09.00")]
    [InlineData("25 Des 2026 09.00")]
    [InlineData("Jumat, 25 Desember 2026 pukul 09.00 WIB")]
    [InlineData("25 December 2026 09:00")]
    [InlineData("2026-12-25 09:00")]
    [InlineData("2026-12-25T09:00")]
    public void TryParse_AWibTimeAsAdminsTypeIt_GivesUtc(string text)
    {
        Assert.True(Wib.TryParse(text, out var utc));
        Assert.Equal(new DateTime(2026, 12, 25, 2, 0, 0, DateTimeKind.Utc), utc);
        Assert.Equal(DateTimeKind.Utc, utc.Kind);
    }

    [Theory]
    [InlineData("31/02/2026 09:00")]
    [InlineData("25/13/2026 09:00")]
    [InlineData("25/12/2026 24:00")]
    [InlineData("25/12/2026 09:60")]
    [InlineData("25 Foo 2026 09:00")]
    [InlineData("25/12/2026")]
    [InlineData("besok jam 9")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_NotADateAndTime_IsRefused(string? text)
    {
        Assert.False(Wib.TryParse(text, out _));
    }

    [Fact]
    public void ToUtcAndToWib_AreSevenHoursApartBothWays()
    {
        var wib = new DateTime(2026, 1, 1, 6, 0, 0);

        var utc = Wib.ToUtc(wib);

        Assert.Equal(new DateTime(2025, 12, 31, 23, 0, 0, DateTimeKind.Utc), utc);
        Assert.Equal(wib, Wib.ToWib(utc));
    }
}
