using Bot.Core.Conversations.Forms;

namespace Bot.Core.Curation.Review;

/// <summary>The common reasons for a revision or a rejection, offered as buttons beside a typed note.</summary>
public static class RevisionReasons
{
    public static IReadOnlyList<string> Codes { get; } = ["bg", "light", "pack", "label", "permit", "price", "supply"];

    public static IReadOnlyList<Choice> Choices { get; } = [.. Codes.Select(c => new Choice(c, "curation.reason." + c))];
}
