namespace Bot.Core.ExportFaq.Retrieval;

/// <summary>
/// An entry with the analysed terms of its fields, kept beside the Lucene index to measure how much of a
/// question an entry covers. Terms carry a language prefix ("i:" Indonesian, "e:" English).
/// </summary>
internal sealed record IndexedEntry(
    FaqEntry Entry,
    IReadOnlySet<string> QuestionTerms,
    IReadOnlySet<string> AnswerTerms,
    IReadOnlyList<string> Words)
{
    public const string IdPrefix = "i:";
    public const string EnPrefix = "e:";

    /// <summary>Every term of the entry once, whichever fields it is in.</summary>
    public IEnumerable<string> AllTerms => QuestionTerms.Concat(AnswerTerms.Where(t => !QuestionTerms.Contains(t)));
}
