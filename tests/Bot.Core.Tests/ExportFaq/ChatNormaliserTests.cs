using Bot.Core.ExportFaq;

namespace Bot.Core.Tests.ExportFaq;

public sealed class ChatNormaliserTests
{
    [Theory]
    [InlineData("Gmn cara ngurus NIB???", "bagaimana cara mengurus nib")]
    [InlineData("brp biaya yg hrs sy bayar utk sertipikat halal", "berapa biaya yang harus saya bayar untuk sertifikat halal")]
    [InlineData("gw udh daftar tp blm dpt", "saya sudah daftar tapi belum dapat")]
    [InlineData("klo expor kpn hrs lapor, dmn?", "kalau ekspor kapan harus lapor dimana")]
    [InlineData("tdk / gak / ga / nggak / engga", "tidak tidak tidak tidak tidak")]
    [InlineData("dokumen apa aja dll", "dokumen apa saja dan lain lain")]
    [InlineData("skrg jd eksport lwt pos krn murah", "sekarang jadi ekspor lewat pos karena murah")]
    public void Normalise_ChatAbbreviations_BecomeStandardWords(string input, string expected)
    {
        Assert.Equal(expected, ChatNormaliser.Normalise(input));
    }

    [Theory]
    [InlineData("makasih bangettt kak 🙏🙏", "banget")]
    [InlineData("Mauuuu tanyaaa dong!!", "mau tanya")]
    [InlineData("Halo min, selamat pagi. Ekspor kopi?", "ekspor kopi")]
    [InlineData("terima kasih ya", "")]
    public void Normalise_GreetingsEmojiAndStretchedLetters_AreRemoved(string input, string expected)
    {
        Assert.Equal(expected, ChatNormaliser.Normalise(input));
    }

    [Theory]
    [InlineData("Bayar pakai L/C atau T/T?", "bayar pakai lc atau tt")]
    [InlineData("paket 25kg ke luar negri", "paket 25 kg ke luar negeri")]
    [InlineData("rempah2 dan barang2", "rempah rempah dan barang barang")]
    [InlineData("e-SKA dan SPP-IRT", "e ska dan spp irt")]
    [InlineData("Café Kédiri", "cafe kediri")]
    [InlineData("maaf, saat ini", "maaf saat ini")]
    public void Normalise_PunctuationDigitsAndDoubling_AreHandled(string input, string expected)
    {
        Assert.Equal(expected, ChatNormaliser.Normalise(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! 🙏")]
    public void Normalise_NothingToRead_IsEmpty(string? input)
    {
        Assert.Empty(ChatNormaliser.Tokens(input));
        Assert.Equal(string.Empty, ChatNormaliser.Normalise(input));
    }

    [Fact]
    public void Table_HasAtLeastEightyEntriesAllLowerCaseAndNotMappingToThemselves()
    {
        Assert.True(ChatAbbreviations.Words.Count >= 80, $"{ChatAbbreviations.Words.Count} entries");
        Assert.All(ChatAbbreviations.Words, pair =>
        {
            Assert.Equal(pair.Key.ToLowerInvariant(), pair.Key);
            Assert.NotEqual(pair.Key, pair.Value);
            Assert.DoesNotContain(' ', pair.Key);
        });
    }

    [Fact]
    public void Table_ReplacementsAreStable_NormalisingTwiceChangesNothing()
    {
        var once = ChatNormaliser.Normalise(string.Join(' ', ChatAbbreviations.Words.Keys));

        Assert.Equal(once, ChatNormaliser.Normalise(once));
    }
}
