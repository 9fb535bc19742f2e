using Bot.Core.Curation.Submitting;

namespace Bot.Core.Tests.Curation;

public sealed class RupiahParserTests
{
    [Theory]
    [InlineData("25rb", 25_000)]
    [InlineData("25 rb", 25_000)]
    [InlineData("25 ribu", 25_000)]
    [InlineData("25k", 25_000)]
    [InlineData("25.000", 25_000)]
    [InlineData("25,000", 25_000)]
    [InlineData("Rp 25,000", 25_000)]
    [InlineData("Rp25.000", 25_000)]
    [InlineData("rp. 25.000,-", 25_000)]
    [InlineData("Rp 25.000,00", 25_000)]
    [InlineData("IDR 1.250.000", 1_250_000)]
    [InlineData("1,5jt", 1_500_000)]
    [InlineData("1.5 juta", 1_500_000)]
    [InlineData("2jt", 2_000_000)]
    [InlineData("12,5rb", 12_500)]
    [InlineData("15000", 15_000)]
    [InlineData("  7500  ", 7_500)]
    public void Parses_TheWaysSellersWritePrices(string text, long expected)
    {
        Assert.True(RupiahParser.TryParse(text, out var rupiah), text);
        Assert.Equal(expected, rupiah);
    }

    [Theory]
    [InlineData("")]
    [InlineData("murah")]
    [InlineData("25")]
    [InlineData("12,50")]
    [InlineData("25.00.0")]
    [InlineData("25rb per bungkus")]
    [InlineData("5 M")]
    [InlineData("2000jt")]
    [InlineData("1.2345")]
    public void Refuses_WhatIsNotAClearPrice(string text) => Assert.False(RupiahParser.TryParse(text, out _), text);

    [Fact]
    public void Format_UsesIndonesianThousandDots() => Assert.Equal("Rp 1.250.000", RupiahParser.Format(1_250_000));
}
