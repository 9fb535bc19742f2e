using System.Collections.Frozen;

namespace Bot.Core.ExportFaq.Retrieval;

/// <summary>
/// Words that say little about which topic a question is about, so they count for a quarter in coverage:
/// judgements and feelings ("bagus", "ribet", "takut"), generic nouns ("masalah", "singkatan") and the
/// seller's own product ("keripik tempe", "sambel"): the topics are procedures, not products. Unlike stop
/// words they still count a little, so a message made only of them is not mistaken for an export question.
/// Coffee and wood stay out of this list: they have topics of their own.
/// </summary>
internal static class LightWords
{
    public const double Factor = 0.25;

    public static FrozenSet<string> Words { get; } = new[]
    {
        // judgements, feelings, generic Indonesian
        "bagus", "baik", "jelek", "buruk", "kurang", "ribet", "repot", "susah", "sulit", "gampang", "mudah",
        "cepat", "lambat", "penting", "pengaruh", "berpengaruh", "mempengaruhi", "takut", "bingung",
        "khawatir", "ragu", "pusing", "masalah", "hal", "urusan", "soal", "kegiatan", "singkatan", "arti",
        "nama", "namanya", "orang", "pihak", "terdekat", "daerah", "kota", "kediri", "program",
        "beneran", "serius", "langsung", "pertama", "kali", "baru", "lagi", "mulai",

        // generic English
        "happen", "happens", "happened", "after", "before", "long", "take", "takes", "thing", "things", "way",
        "ways", "good", "bad", "best", "better", "easy", "hard", "really", "kind", "type", "sort", "someone",
        "people", "place", "name", "called", "mean", "means", "meaning", "first", "time", "start",

        // the seller's own product
        "tempe", "tahu", "sambel", "sambal", "pecel", "jahe", "kunyit", "kencur", "keripik", "kripik",
        "kerupuk", "rengginang", "emping", "madu", "gula", "teh", "camilan", "cemilan", "snack", "snacks",
        "kue", "roti", "tas", "sepatu", "sandal", "dompet", "kaos", "baju", "pakaian", "jilbab", "hijab",
        "mukena", "sarung", "boneka", "mainan", "sabun", "jamu",
    }.ToFrozenSet(StringComparer.Ordinal);
}
