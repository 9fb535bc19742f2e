using System.Globalization;
using System.Text;
using Bot.Core.Localization;

namespace Bot.Core.Training;

/// <summary>How sessions read in chat: one line for a button, a block for confirmations and reminders.</summary>
public static class SessionText
{
    private const int ShortPlace = 28;

    /// <summary>"Sel, 10 Mar 2026 09.00–12.00 WIB".</summary>
    public static string When(TrainingSession session, string language)
    {
        var start = Wib.Format(session.StartUtc, language);
        var sameDay = Wib.ToWib(session.StartUtc).Date == Wib.ToWib(session.EndUtc).Date;
        var end = sameDay ? Wib.FormatTime(session.EndUtc, language) : Wib.Format(session.EndUtc, language);
        return sameDay ? $"{start[..^4]}–{end} WIB" : $"{start} – {end}";
    }

    public static string Place(Localizer t, TrainingSession session) =>
        session.OnlineLink is { } link ? t.Format("training.place.online", link) : session.Venue ?? string.Empty;

    /// <summary>A session as a choice: date, place and seats, short enough for a button.</summary>
    public static string ChoiceLabel(Localizer t, TrainingSession session, int seatsLeft)
    {
        var wib = Wib.ToWib(session.StartUtc);
        var culture = CultureInfo.GetCultureInfo(t.Language == Languages.English ? "en-GB" : "id-ID");
        var date = $"{culture.DateTimeFormat.GetAbbreviatedDayName(wib.DayOfWeek)} {wib.Day} {culture.DateTimeFormat.GetAbbreviatedMonthName(wib.Month)} {Wib.FormatTime(session.StartUtc, t.Language)}";
        var place = session.OnlineLink is not null ? t["training.place.online_short"] : Shorten(session.Venue ?? string.Empty);
        var seats = seatsLeft > 0 ? t.Format("training.seats.left", seatsLeft) : t["training.seats.full"];
        return $"{date} · {place} · {seats}";
    }

    /// <summary>Programme, time and place, one per line.</summary>
    public static string Details(Localizer t, TrainingProgram? program, TrainingSession session)
    {
        var text = new StringBuilder();
        if (program is not null)
        {
            text.Append("📚 ").Append(program.Name).Append(" — ").AppendLine(program.Organiser);
        }

        text.Append("🗓 ").AppendLine(When(session, t.Language));
        text.Append("📍 ").Append(Place(t, session));
        return text.ToString();
    }

    private static string Shorten(string text) => text.Length <= ShortPlace ? text : text[..(ShortPlace - 1)].TrimEnd() + "…";
}
