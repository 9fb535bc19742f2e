using Bot.Core.Messaging;

namespace Bot.Core.Tests.Support;

public static class MessageAssertions
{
    /// <summary>The button whose label contains <paramref name="label"/>; fails listing the buttons there are.</summary>
    public static Button Button(this OutboundMessage message, string label)
    {
        var matches = message.AllButtons.Where(b => b.Label.Contains(label, StringComparison.Ordinal)).ToList();
        Assert.True(
            matches.Count == 1,
            $"Expected one button labelled '{label}' but found {matches.Count} among: {string.Join(" | ", message.AllButtons.Select(b => b.Label))}\nText: {message.Text}");
        return matches[0];
    }

    public static bool HasButton(this OutboundMessage message, string label) =>
        message.AllButtons.Any(b => b.Label.Contains(label, StringComparison.Ordinal));

    /// <summary>The single reply; fails showing all of them when there are more or none.</summary>
    public static OutboundMessage Single(IReadOnlyList<OutboundMessage> replies)
    {
        Assert.True(replies.Count == 1, $"Expected one reply but got {replies.Count}:\n{string.Join("\n---\n", replies.Select(r => r.Text))}");
        return replies[0];
    }
}
