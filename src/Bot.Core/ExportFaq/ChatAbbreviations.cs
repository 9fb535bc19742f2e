using System.Collections.Frozen;

namespace Bot.Core.ExportFaq;

/// <summary>
/// Chat spellings, abbreviations and common typos mapped to the standard word(s). Maintained by hand: when the
/// unanswered queue shows a new spelling, add it here. An empty replacement drops the word (greetings, forms of
/// address, particles), because it says nothing about the question and would only dilute the match.
/// </summary>
public static class ChatAbbreviations
{
    public static FrozenDictionary<string, string> Words { get; } = new Dictionary<string, string>
    {
        // question words
        ["gmn"] = "bagaimana", ["gimana"] = "bagaimana", ["gmana"] = "bagaimana", ["gmna"] = "bagaimana",
        ["bgmn"] = "bagaimana", ["gimn"] = "bagaimana", ["brp"] = "berapa", ["brapa"] = "berapa",
        ["kpn"] = "kapan", ["dmn"] = "dimana", ["dimn"] = "dimana", ["kmn"] = "kemana", ["knp"] = "kenapa",
        ["npa"] = "kenapa", ["ap"] = "apa", ["apaan"] = "apa", ["sapa"] = "siapa", ["spa"] = "siapa",
        ["aja"] = "saja", ["ajah"] = "saja", ["doang"] = "saja", ["mksd"] = "maksud", ["mksdnya"] = "maksudnya",

        // pronouns
        ["sy"] = "saya", ["aku"] = "saya", ["aq"] = "saya", ["gw"] = "saya", ["gue"] = "saya", ["gua"] = "saya",
        ["ane"] = "saya", ["sya"] = "saya", ["km"] = "kamu", ["lu"] = "kamu", ["lo"] = "kamu", ["elo"] = "kamu",

        // negation and particles of meaning
        ["tdk"] = "tidak", ["gak"] = "tidak", ["ga"] = "tidak", ["gk"] = "tidak", ["nggak"] = "tidak",
        ["ngga"] = "tidak", ["nda"] = "tidak", ["ndak"] = "tidak", ["engga"] = "tidak", ["enggak"] = "tidak",
        ["kagak"] = "tidak", ["g"] = "tidak", ["tak"] = "tidak", ["bkn"] = "bukan", ["blm"] = "belum",
        ["belom"] = "belum", ["sdh"] = "sudah", ["udh"] = "sudah", ["udah"] = "sudah", ["dah"] = "sudah",
        ["sudh"] = "sudah", ["msh"] = "masih", ["masi"] = "masih", ["jg"] = "juga", ["jga"] = "juga",
        ["lg"] = "lagi", ["lgi"] = "lagi", ["cm"] = "cuma", ["cuman"] = "cuma", ["bgt"] = "banget",

        // conjunctions and prepositions
        ["yg"] = "yang", ["dgn"] = "dengan", ["dg"] = "dengan", ["sm"] = "sama", ["ama"] = "sama",
        ["utk"] = "untuk", ["buat"] = "untuk", ["bwt"] = "untuk", ["untk"] = "untuk", ["krn"] = "karena",
        ["karna"] = "karena", ["soalnya"] = "karena", ["tp"] = "tapi", ["tpi"] = "tapi", ["klo"] = "kalau",
        ["kalo"] = "kalau", ["kl"] = "kalau", ["kalu"] = "kalau", ["jd"] = "jadi", ["jdi"] = "jadi",
        ["dr"] = "dari", ["dri"] = "dari", ["pd"] = "pada", ["kpd"] = "kepada",
        ["trs"] = "terus", ["trus"] = "terus", ["ato"] = "atau", ["atw"] = "atau",
        ["dll"] = "dan lain lain", ["dsb"] = "dan sebagainya", ["tsb"] = "tersebut", ["spt"] = "seperti",
        ["kyk"] = "seperti", ["kayak"] = "seperti", ["kaya"] = "seperti", ["lwt"] = "lewat", ["lw"] = "lewat",
        ["sblm"] = "sebelum", ["stlh"] = "setelah", ["smp"] = "sampai", ["sampe"] = "sampai", ["ampe"] = "sampai",
        ["thd"] = "terhadap", ["bbrp"] = "beberapa", ["sbg"] = "sebagai",

        // verbs and common words
        ["bs"] = "bisa", ["bsa"] = "bisa", ["isa"] = "bisa", ["mo"] = "mau", ["mw"] = "mau", ["mao"] = "mau",
        ["pengen"] = "ingin", ["pingin"] = "ingin", ["pgn"] = "ingin", ["kepengen"] = "ingin", ["hrs"] = "harus",
        ["musti"] = "harus", ["mesti"] = "harus", ["dpt"] = "dapat", ["dapet"] = "dapat", ["dpet"] = "dapat",
        ["ngurus"] = "mengurus", ["ngurusin"] = "mengurus", ["urus"] = "mengurus", ["bikin"] = "membuat",
        ["bkin"] = "membuat", ["nyari"] = "mencari", ["nyariin"] = "mencari", ["ngirim"] = "mengirim",
        ["kirimin"] = "kirim", ["krm"] = "kirim", ["ngajuin"] = "mengajukan", ["ajuin"] = "ajukan",
        ["daftarin"] = "daftarkan", ["nanya"] = "bertanya", ["tny"] = "tanya", ["ngerti"] = "mengerti",
        ["tau"] = "tahu", ["pake"] = "pakai", ["dipake"] = "dipakai", ["kepake"] = "terpakai", ["ngitung"] = "menghitung",
        ["itung"] = "hitung", ["nawarin"] = "menawarkan", ["jualan"] = "berjualan", ["ikutan"] = "ikut",
        ["gabung"] = "bergabung", ["emg"] = "memang", ["emang"] = "memang", ["bener"] = "benar",
        ["bnr"] = "benar", ["ksh"] = "kasih", ["blh"] = "boleh", ["ud"] = "sudah",

        // nouns, units and time
        ["skrg"] = "sekarang", ["skr"] = "sekarang", ["skrang"] = "sekarang", ["bsk"] = "besok",
        ["hr"] = "hari", ["bln"] = "bulan", ["thn"] = "tahun", ["tgl"] = "tanggal", ["jt"] = "juta",
        ["rb"] = "ribu", ["duit"] = "uang", ["brg"] = "barang", ["brng"] = "barang",
        ["hrg"] = "harga", ["ongkir"] = "ongkos kirim", ["org"] = "orang", ["kilo"] = "kg",
        ["negri"] = "negeri", ["luarnegeri"] = "luar negeri", ["ln"] = "luar negeri", ["byk"] = "banyak",
        ["bnyk"] = "banyak", ["dikit"] = "sedikit", ["sdikit"] = "sedikit", ["info"] = "informasi",
        ["wa"] = "whatsapp", ["nmr"] = "nomor", ["nomer"] = "nomor",

        // export vocabulary: spelling variants of the same term
        ["expor"] = "ekspor", ["eksport"] = "ekspor", ["export"] = "ekspor", ["exspor"] = "ekspor",
        ["exsport"] = "ekspor", ["ekpor"] = "ekspor", ["eskpor"] = "ekspor", ["exports"] = "ekspor",
        ["exporting"] = "ekspor", ["exported"] = "ekspor", ["exporter"] = "eksportir",
        ["exporters"] = "eksportir", ["exportir"] = "eksportir", ["eksporter"] = "eksportir",
        ["sertipikat"] = "sertifikat", ["sertifkat"] = "sertifikat", ["sertif"] = "sertifikat",
        ["serifikat"] = "sertifikat", ["sertfikat"] = "sertifikat",
        ["produck"] = "produk", ["prduk"] = "produk", ["pruduk"] = "produk", ["prodak"] = "produk",
        ["product"] = "produk", ["products"] = "produk", ["kemasa"] = "kemasan", ["pakaging"] = "packaging",
        ["hallal"] = "halal", ["halall"] = "halal", ["byer"] = "buyer", ["bayer"] = "buyer",
        ["buyyer"] = "buyer", ["sampel"] = "sample", ["sampelnya"] = "sample", ["samples"] = "sample",
        ["merk"] = "merek", ["brand"] = "merek",
        ["eska"] = "e ska", ["vlegal"] = "v legal", ["kontener"] = "kontainer",
        ["container"] = "kontainer", ["incoterm"] = "incoterms", ["forwarding"] = "forwarder",
        ["curation"] = "kurasi", ["curated"] = "dikurasi",
        ["workshops"] = "workshop", ["worksop"] = "workshop", ["wokshop"] = "workshop", ["pelatiahn"] = "pelatihan",
        ["pelathan"] = "pelatihan", ["pltihan"] = "pelatihan", ["marketpalce"] = "marketplace",
        ["marketplce"] = "marketplace", ["mp"] = "marketplace", ["olshop"] = "toko online",

        // greetings, forms of address and chat particles: dropped
        ["halo"] = "", ["hallo"] = "", ["helo"] = "", ["hai"] = "", ["hi"] = "", ["hello"] = "", ["hey"] = "",
        ["min"] = "", ["mimin"] = "", ["admin"] = "", ["kak"] = "", ["kakak"] = "", ["ka"] = "", ["gan"] = "",
        ["agan"] = "", ["sis"] = "", ["bro"] = "", ["bos"] = "", ["boss"] = "", ["mas"] = "", ["mbak"] = "",
        ["mba"] = "", ["bu"] = "", ["pak"] = "", ["bapak"] = "", ["om"] = "", ["permisi"] = "", ["assalamualaikum"] = "",
        ["dong"] = "", ["donk"] = "", ["deh"] = "", ["sih"] = "", ["nih"] = "", ["tuh"] = "", ["ya"] = "",
        ["yah"] = "", ["yaa"] = "", ["kah"] = "", ["lho"] = "", ["loh"] = "", ["kok"] = "", ["wkwk"] = "",
        ["haha"] = "", ["hehe"] = "", ["hihi"] = "", ["makasih"] = "", ["thx"] = "", ["thanks"] = "",
        ["tq"] = "", ["trims"] = "", ["pls"] = "please", ["plz"] = "please", ["mohon"] = "tolong",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Two-word phrases with a single standard form, looked up before the words above.</summary>
    public static FrozenDictionary<string, string> Phrases { get; } = new Dictionary<string, string>
    {
        ["terima kasih"] = "", ["thank you"] = "", ["selamat pagi"] = "", ["selamat siang"] = "",
        ["selamat sore"] = "", ["selamat malam"] = "", ["good morning"] = "", ["good afternoon"] = "",
        ["di mana"] = "dimana", ["ke mana"] = "kemana", ["apa aja"] = "apa saja", ["luar negri"] = "luar negeri",
        ["sign up"] = "signup", ["health cert"] = "health certificate",
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
