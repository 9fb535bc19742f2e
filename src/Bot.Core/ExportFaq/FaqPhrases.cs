namespace Bot.Core.ExportFaq;

/// <summary>Short phrases (question variants or keywords) per language; each language goes to its own analyzer.</summary>
public sealed record FaqPhrases
{
    public IReadOnlyList<string> Indonesian { get; init; } = [];

    public IReadOnlyList<string> English { get; init; } = [];

    public IEnumerable<string> All => Indonesian.Concat(English);
}
