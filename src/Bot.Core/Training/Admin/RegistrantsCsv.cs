using System.Globalization;
using Bot.Core.Localization;
using Bot.Core.Profiles;
using Bot.Core.Storage;

namespace Bot.Core.Training.Admin;

/// <summary>
/// Registrants as a CSV a spreadsheet opens correctly (<see cref="SpreadsheetCsv"/>): a header row in the admin's
/// language, times in WIB as "yyyy-MM-dd HH:mm" (read as dates), phone numbers written the Indonesian way
/// ("0812-3456-7890") so they are not turned into numbers.
/// </summary>
internal static class RegistrantsCsv
{
    private static readonly string[] HeaderKeys =
    [
        "code", "program", "organiser", "session", "start", "end", "place", "session_status", "status", "waitlist",
        "owner", "business", "sector", "area", "kelurahan", "kecamatan", "phone", "nib", "registered", "attended",
    ];

    public static byte[] Build(BotDatabase database, Localizer t, IEnumerable<Registration> registrations, string delimiter)
    {
        var programs = new Dictionary<int, TrainingProgram?>();
        var sessions = new Dictionary<int, TrainingSession?>();
        var waitlist = new Dictionary<int, int>();
        return SpreadsheetCsv.Write([.. HeaderKeys.Select(key => t["training.csv." + key])], registrations.Select(r =>
        {
            var program = Cached(programs, r.ProgramId, id => TrainingStore.Programs(database).FindById(id));
            var session = Cached(sessions, r.SessionId, id => TrainingStore.Sessions(database).FindById(id));
            var profile = ProfileStore.Find(database, r.SellerId);
            var position = r.Status == RegistrationStatus.Waitlisted ? waitlist[r.SessionId] = waitlist.GetValueOrDefault(r.SessionId) + 1 : 0;
            return new[]
            {
                r.Code, program?.Name, program?.Organiser, r.SessionId.ToString(CultureInfo.InvariantCulture),
                Time(session?.StartUtc), Time(session?.EndUtc), session?.Place,
                session is null ? null : t["training.session_status." + session.Status.ToString().ToLowerInvariant()],
                t["training.registration_status." + r.Status.ToString().ToLowerInvariant()],
                position > 0 ? position.ToString(CultureInfo.InvariantCulture) : null,
                profile?.OwnerName, profile?.BusinessName,
                Label(t, Sectors.All.FirstOrDefault(c => c.Value == profile?.Sector)?.LabelKey) ?? profile?.Sector,
                profile?.Area switch
                {
                    ProfileForm.AreaCity => Label(t, "profile.area.city"),
                    ProfileForm.AreaRegency => Label(t, "profile.area.regency"),
                    ProfileForm.AreaOther => profile.AreaOther,
                    _ => null,
                },
                profile?.Kelurahan, profile?.Kecamatan, NationalPhone(profile?.Phone), profile?.Nib,
                Time(r.CreatedUtc), Time(r.AttendedUtc),
            };
        }), delimiter[0]);
    }

    /// <summary>"+6281234567890" as "0812-3456-7890".</summary>
    internal static string? NationalPhone(string? e164)
    {
        if (e164 is null || !e164.StartsWith("+62", StringComparison.Ordinal))
        {
            return e164;
        }

        var national = "0" + e164[3..];
        return national.Length <= 8 ? national : $"{national[..4]}-{national[4..8]}-{national[8..]}";
    }

    private static string? Time(DateTime? utc) =>
        utc is { } value ? Wib.ToWib(value).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : null;

    // Button labels start with an emoji; a spreadsheet cell reads better without it.
    private static string? Label(Localizer t, string? key) => key is null ? null : new string([.. t[key].SkipWhile(c => !char.IsLetterOrDigit(c))]);

    private static T? Cached<T>(Dictionary<int, T?> cache, int id, Func<int, T?> load)
        where T : class
    {
        if (!cache.TryGetValue(id, out var value))
        {
            value = load(id);
            cache[id] = value;
        }

        return value;
    }
}
