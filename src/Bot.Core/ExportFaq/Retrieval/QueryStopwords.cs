using System.Collections.Frozen;

namespace Bot.Core.ExportFaq.Retrieval;

/// <summary>
/// Words that frame a question without saying what it is about, beyond the analyzers' own stop lists
/// (which already drop "bagaimana", "apa", "saya", "the", "of"…). Dropping them keeps "how do I …" from
/// counting as evidence for any entry, and from counting against an entry either.
/// </summary>
internal static class QueryStopwords
{
    public static FrozenSet<string> Words { get; } = new[]
    {
        // Indonesian
        "dimana", "kemana", "tanya", "bertanya", "informasi", "tolong", "please", "banget", "cara", "caranya",
        "perlu", "butuh", "terus", "gitu", "oke", "ok", "iya", "maksud", "maksudnya", "artinya", "tahu",
        "mengerti", "kasih", "nanti", "biar", "supaya", "bagaimanakah", "apakah", "gimana", "kira", "sekitar",
        "untuk", "jadi", "lewat", "punya", "pakai", "memakai", "dipakai", "benar", "betul", "sih", "kak",

        // English
        "how", "what", "where", "when", "which", "who", "whom", "why", "do", "does", "did", "doing", "done",
        "i", "me", "my", "mine", "we", "us", "our", "you", "your", "he", "she", "them", "can", "could",
        "should", "would", "may", "might", "must", "need", "needs", "want", "wants", "am", "are", "was",
        "were", "been", "being", "have", "has", "had", "get", "got", "getting", "about", "any", "some",
        "tell", "know", "here", "from", "so", "just", "also", "than", "too", "very", "much", "many", "out",
        "up", "its", "im", "dont", "yes", "okay", "hi", "help",
    }.ToFrozenSet(StringComparer.Ordinal);
}
