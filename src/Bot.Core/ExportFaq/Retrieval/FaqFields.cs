namespace Bot.Core.ExportFaq.Retrieval;

/// <summary>Lucene field names. The suffix picks the analyzer: "_id" Indonesian, "_en" English.</summary>
internal static class FaqFields
{
    /// <summary>Indexed, not stored: the key for updates and deletes.</summary>
    public const string TopicId = "topic";

    /// <summary>The topic id as a doc value: reading it per hit is far cheaper than a stored field.</summary>
    public const string TopicValue = "topic_value";

    /// <summary>Question variants and keywords: what a seller would type.</summary>
    public const string QuestionsId = "q_id";

    public const string QuestionsEn = "q_en";

    /// <summary>The answer text: weaker evidence, it mentions neighbouring topics too.</summary>
    public const string AnswerId = "a_id";

    public const string AnswerEn = "a_en";

    /// <summary>
    /// Question variants and keywords of both languages, normalised words kept as they are (no stop words, no
    /// stems), for two-word phrases: "umkm kita bisa" is a programme's name although "kita" and "bisa" are
    /// stop words.
    /// </summary>
    public const string Phrases = "p";
}
