namespace Bot.Core.ExportFaq.Routing;

/// <summary>
/// The word lists behind <see cref="FaqIntentClassifier"/>. All words are in their normalised form (after
/// <see cref="ChatNormaliser"/>: "pengen" is already "ingin", "gabung" is "bergabung", "curation" is "kurasi").
/// </summary>
public static class IntentLexicon
{
    /// <summary>Acting on a session: signing up, booking, joining.</summary>
    public static IReadOnlyList<string> RegisterWords { get; } =
    [
        "daftar", "mendaftar", "daftarkan", "mendaftarkan", "pendaftaran", "registrasi", "register", "signup",
        "enrol", "enroll", "ikut", "mengikuti", "bergabung", "join", "booking", "book", "reservasi", "reserve",
        "ambil", "pesan", "sign me up", "sign us up",
    ];

    /// <summary>Kinds of session the sign-up flow offers.</summary>
    public static IReadOnlyList<string> TrainingWords { get; } =
    [
        "pelatihan", "latihan", "workshop", "lokakarya", "kelas", "class", "bootcamp", "training", "konsultasi",
        "consultation", "coaching", "bimtek", "sesi", "session", "kursus", "course", "webinar", "seminar",
        "ppejp", "ecp", "mentoring", "pendampingan",
    ];

    /// <summary>"Kelas" is also a trademark class; with these words it is not a training class.</summary>
    public static IReadOnlyList<string> NotTrainingContext { get; } = ["merek", "trademark", "haki", "djki"];

    /// <summary>Matched as word beginnings too: "dikurasikan", "kurasinya", "kuratornya".</summary>
    public static IReadOnlyList<string> CurationWords { get; } =
        ["kurasi", "dikurasi", "mengkurasi", "kurator"];

    /// <summary>Handing something over: sending, uploading, submitting, applying.</summary>
    public static IReadOnlyList<string> SubmitWords { get; } =
    [
        "kirim", "mengirim", "kirimkan", "mengirimkan", "ajukan", "mengajukan", "pengajuan", "setor", "upload",
        "unggah", "mengunggah", "submit", "send", "daftar", "mendaftar", "daftarkan", "mendaftarkan",
        "registrasi", "register", "signup", "masukkan",
    ];

    /// <summary>Wanting or asking for something to be done.</summary>
    public static IReadOnlyList<string> RequestWords { get; } =
        ["mau", "ingin", "want", "would like", "tolong", "please", "minta", "coba", "i d like"];

    /// <summary>Asking about a thing rather than asking to do it: these send the message to the FAQ.</summary>
    public static IReadOnlyList<string> InfoPhrases { get; } =
    [
        "apa itu", "itu apa", "what is", "what are", "what does", "what do", "apakah ada", "ada tidak",
        "is there", "are there", "seperti apa", "isinya", "materi", "materinya", "syarat", "syaratnya",
        "persyaratan", "requirement", "requirements", "kriteria", "criteria", "apa saja", "yang dinilai",
        "siapa", "who", "dikelola", "tidak lolos", "gagal", "fail", "fails", "biaya", "berapa", "fee", "cost",
        "tanya", "bertanya", "ask", "question", "bedanya", "difference",
    ];

    /// <summary>Words that make a message about export even when an out-of-scope word appears too.</summary>
    public static IReadOnlyList<string> ExportWords { get; } =
    [
        "ekspor", "eksportir", "impor", "importir", "buyer", "kurasi", "halal", "bpom", "pirt", "sni", "peb",
        "ska", "coo", "incoterms", "fob", "cif", "lcl", "fcl", "karantina", "phytosanitary", "kemasan",
        "label", "merek", "sertifikat", "sertifikasi", "lpei", "eximbank", "kur", "kurbe", "devisa",
        "bank indonesia", "marketplace", "forwarder",
    ];

    public static IReadOnlyList<OutOfScopeTopic> OutOfScope { get; } = OutOfScopeTopics.All;
}
