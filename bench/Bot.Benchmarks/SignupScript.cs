using System.Globalization;
using Bot.Core.Conversations.Forms;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Profiles;
using Bot.Core.Training;
using LiteDB;

namespace Bot.Benchmarks;

/// <summary>
/// The "signup" scenario's catalogue and sellers. Five programmes share the sessions round robin; session k starts on
/// day 3 + k/2 after today (09:00 or 13:00 WIB), so reminders fall due a day or two at a time, as in real life.
/// Seller i takes programme i % 5 and, of its sessions, number (i / 5) % count: every session gets the same share.
/// A seller with a seeded profile answers "pakai data ini"; the others answer the profile questions in /daftar,
/// which are taken from the form's own field list and skip rules.
/// </summary>
internal sealed class SignupScript(int sessions, int seededPercent)
{
    public const int Programs = 5;
    private static readonly string[] ProgramNames =
        ["Workshop Calon Eksportir", "Konsultasi Ekspor gratis", "Go Digital: jualan di marketplace", "Kemasan & label produk", "Pendampingan sertifikasi halal"];

    public static string ChatId(int seller) => "seller-" + seller.ToString(CultureInfo.InvariantCulture);

    public static string SellerKey(int seller) => SellerProfile.KeyOf(Platform.Local, ChatId(seller));

    public static InboundUpdate Update(int seller, string text, long updateId) => new()
    {
        Platform = Platform.Local,
        UpdateId = "signup-" + updateId.ToString(CultureInfo.InvariantCulture),
        ChatId = ChatId(seller),
        SenderId = ChatId(seller),
        SenderName = OwnerName(seller),
        LanguageCode = "id",
        Text = text,
    };

    public bool HasSeededProfile(int seller) => (int)((seller * 7919L) % 100) < seededPercent;

    /// <summary>The session (0-based index k in the catalogue) seller <paramref name="seller"/> signs up for.</summary>
    public int SessionOf(int seller)
    {
        var program = seller % Programs;
        var count = (sessions - program + Programs - 1) / Programs;
        return program + (Programs * ((seller / Programs) % count));
    }

    /// <summary>What the seller types, in order: /daftar, programme, session, profile (or "pakai"), "simpan".</summary>
    public List<string> Messages(int seller)
    {
        var k = SessionOf(seller);
        var texts = new List<string>
        {
            "/" + SignUpForm.FormName,
            ((seller % Programs) + 1).ToString(CultureInfo.InvariantCulture),
            ((k / Programs) + 1).ToString(CultureInfo.InvariantCulture),
        };
        if (HasSeededProfile(seller))
        {
            texts.Add("1"); // "pakai data ini"
        }
        else
        {
            var values = new Dictionary<string, string>();
            foreach (var field in ProfileForm.ProfileFields.Where(f => f.SkipWhen?.Invoke(values) != true))
            {
                var (typed, stored) = Answer(field, seller);
                texts.Add(typed);
                if (stored is not null)
                {
                    values[field.Key] = stored;
                }
            }
        }

        texts.Add("simpan");
        return texts;
    }

    public static string OwnerName(int seller) => "Bu Rini " + seller.ToString(CultureInfo.InvariantCulture);

    public static string Phone(int seller) => "+62813" + seller.ToString("D8", CultureInfo.InvariantCulture);

    /// <summary>Programmes and sessions, written before the bot starts (admins would add them with /sesibaru).</summary>
    public void WriteCatalogue(ILiteDatabase database, DateTime nowUtc, int capacity)
    {
        var programs = TrainingStore.Programs(database);
        var ids = ProgramNames.Select(name => programs.Insert(new TrainingProgram
        {
            Name = name, Organiser = "Disperdagin Kota Kediri", Description = "Pelatihan untuk UMKM Kota Kediri.", Status = ProgramStatus.Open, CreatedUtc = nowUtc,
        }).AsInt32).ToList();
        var today = Wib.ToWib(nowUtc).Date;
        for (var k = 0; k < sessions; k++)
        {
            var start = Wib.ToUtc(today.AddDays(3 + (k / 2)).AddHours(k % 2 == 0 ? 9 : 13));
            TrainingStore.Sessions(database).Insert(new TrainingSession
            {
                ProgramId = ids[k % Programs],
                StartUtc = start,
                EndUtc = start.AddHours(3),
                Venue = "Aula Disperdagin Kota Kediri",
                Capacity = capacity,
                DeadlineUtc = start.AddDays(-1),
                Status = SessionStatus.Open,
            });
        }
    }

    /// <summary>A saved profile, as /profil would have left it.</summary>
    public static SellerProfile Profile(int seller, DateTime nowUtc) => new()
    {
        Id = SellerKey(seller),
        Platform = Platform.Local,
        UserId = ChatId(seller),
        ChatId = ChatId(seller),
        OwnerName = OwnerName(seller),
        BusinessName = "Tahu Takwa " + seller.ToString(CultureInfo.InvariantCulture),
        Sector = "kuliner",
        Area = ProfileForm.AreaCity,
        Kelurahan = "Bandar Lor",
        Phone = Phone(seller),
        ConsentUtc = nowUtc,
        ConsentVersion = "bench",
        CreatedUtc = nowUtc,
        UpdatedUtc = nowUtc,
    };

    private static (string Typed, string? Stored) Answer(FormField field, int seller)
    {
        switch (field.Key)
        {
            case "owner":
                return (OwnerName(seller), OwnerName(seller));
            case "business":
                var business = "Keripik Tempe " + seller.ToString(CultureInfo.InvariantCulture);
                return (business, business);
            case "area":
                // Spread over the areas, so the follow-up questions (kelurahan, elsewhere) are asked too.
                var number = (seller % Math.Max(1, field.Choices.Count)) + 1;
                return (number.ToString(CultureInfo.InvariantCulture), field.Choices[number - 1].Value);
            case "kelurahan":
                return ("Bandar Lor", "Bandar Lor");
            case "area_other":
                return ("Kota Blitar", "Kota Blitar");
            case "phone":
                return ("0813" + seller.ToString("D8", CultureInfo.InvariantCulture), Phone(seller));
            case "nib":
                return ("lewati", null);
        }

        if (field.Choices.Count > 0)
        {
            return ("1", field.Choices[0].Value); // sector "kuliner", consent "Setuju"
        }

        if (field.Optional)
        {
            return ("lewati", null);
        }

        throw new NotSupportedException($"The profile question {field.Key} is new to the benchmark: add an answer for it in SignupScript.Answer.");
    }
}
