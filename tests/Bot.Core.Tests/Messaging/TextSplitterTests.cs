using System.Text;
using Bot.Core.Messaging;

namespace Bot.Core.Tests.Messaging;

public sealed class TextSplitterTests
{
    private const int Telegram = 4096;

    [Fact]
    public void Split_TextWithinTheLimit_IsOnePartUnchanged()
    {
        var text = new string('a', Telegram);

        Assert.Equal([text], TextSplitter.Split(text, Telegram));
    }

    [Fact]
    public void Split_ManyLines_CutsOnlyAtLineBreaksAndKeepsEveryLine()
    {
        var lines = Enumerable.Range(1, 300).Select(i => $"{i:D3}. " + new string('x', 40 + (i % 17))).ToList();
        var text = string.Join('\n', lines);

        var parts = TextSplitter.Split(text, Telegram);

        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.InRange(p.Length, 1, Telegram));
        Assert.Equal(lines, parts.SelectMany(p => p.Split('\n')));
    }

    [Fact]
    public void Split_OneLongParagraph_CutsAtSpacesAndKeepsEveryWord()
    {
        var words = Enumerable.Range(1, 2000).Select(i => "kata" + i).ToList();
        var text = string.Join(' ', words);

        var parts = TextSplitter.Split(text, Telegram);

        Assert.All(parts, p => Assert.InRange(p.Length, 1, Telegram));
        Assert.Equal(words, parts.SelectMany(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Split_EmojiWithoutSpaces_NeverSplitsASurrogatePair(int offset)
    {
        var text = new string('a', offset) + string.Concat(Enumerable.Repeat("😀", 5000));

        var parts = TextSplitter.Split(text, Telegram);

        Assert.All(parts, p =>
        {
            Assert.InRange(p.Length, 1, Telegram);
            Assert.False(char.IsHighSurrogate(p[^1]), "a part ends in the middle of an emoji");
            Assert.False(char.IsLowSurrogate(p[0]), "a part starts in the middle of an emoji");
        });
        Assert.Equal(text, string.Concat(parts));
    }

    [Fact]
    public void Split_MixedTextAtSmallLimits_KeepsAllContentAndRespectsTheLimit()
    {
        var random = new Random(7);
        string[] pieces = ["Halo", "ekspor", "🍱", "\n", " ", "keripik", "👋🏽", "NIB", "\n\n", "HS 2008.19"];
        var text = new StringBuilder();
        for (var i = 0; i < 3000; i++)
        {
            text.Append(pieces[random.Next(pieces.Length)]);
        }

        foreach (var limit in new[] { 7, 50, 333, 4096 })
        {
            var parts = TextSplitter.Split(text.ToString(), limit);

            Assert.All(parts, p => Assert.True(p.Length <= limit, $"a part of {p.Length} exceeds {limit}"));
            Assert.Equal(WithoutWhitespace(text.ToString()), WithoutWhitespace(string.Concat(parts)));
        }
    }

    [Fact]
    public void Split_ZeroLimit_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TextSplitter.Split("abc", 0));
    }

    private static string WithoutWhitespace(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
