namespace Bot.Core.ExportFaq;

/// <summary>
/// A cheap guess at the language a question is written in, from common function words, so an answer can
/// come back in the asker's language even when their chat setting says otherwise. Mixed chat ("gimana cara
/// dapat certificate of origin") counts as Indonesian: English wins only when clearly ahead.
/// </summary>
public static class QuestionLanguage
{
    private static readonly HashSet<string> EnglishWords =
    [
        "the", "is", "are", "what", "how", "do", "does", "can", "i", "my", "to", "for", "of", "a", "an", "need",
        "want", "with", "where", "which", "should", "when", "who", "there", "it", "we", "our", "you", "your",
    ];

    private static readonly HashSet<string> IndonesianWords =
    [
        "yang", "dan", "apa", "saya", "bagaimana", "untuk", "ada", "tidak", "bisa", "di", "ke", "dari", "itu",
        "ini", "mau", "sudah", "berapa", "kalau", "dengan", "harus", "cara", "kapan", "dimana", "apakah",
        "saja", "atau", "juga", "sama", "tapi", "belum", "ingin", "perlu",
    ];

    /// <returns>"en" or "id" (see <see cref="Localization.Languages"/>), or null when the words do not tell.</returns>
    public static string? Detect(string? text)
    {
        var tokens = ChatNormaliser.Tokens(text);
        var english = tokens.Count(EnglishWords.Contains);
        var indonesian = tokens.Count(IndonesianWords.Contains);
        if (english >= 2 && english > indonesian)
        {
            return Localization.Languages.English;
        }

        return indonesian > 0 && indonesian >= english ? Localization.Languages.Indonesian : null;
    }
}
